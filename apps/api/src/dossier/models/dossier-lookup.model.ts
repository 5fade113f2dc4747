import { Field, ObjectType } from '@nestjs/graphql';
import { ProcessingStepEntity } from '../entities/processing-step.entity';
import { DossierStatus } from './dossier-enums';

/** Tra cứu hồ sơ: what anyone with the code and the applicant's CCCD may see (status and history only). */
@ObjectType('DossierLookup', { description: 'Kết quả tra cứu hồ sơ: trạng thái và quá trình xử lý.' })
export class DossierLookupModel {
  @Field()
  code: string;

  @Field({ description: 'Tên dịch vụ công.' })
  serviceName: string;

  @Field(() => DossierStatus)
  status: DossierStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Ngày hẹn trả.' })
  dueDate: Date | null;

  @Field(() => [ProcessingStepEntity])
  history: ProcessingStepEntity[];
}
