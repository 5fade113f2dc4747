import { Field, ObjectType } from '@nestjs/graphql';
import { ProcessingStepEntity } from '../entities/processing-step.entity';
import { DossierStatus } from './dossier-enums';

/** Tra cứu hồ sơ: what anyone with the code and the applicant's CCCD may see (status and history only). */
@ObjectType('DossierLookup', { description: 'Kết quả tra cứu hồ sơ: trạng thái và quá trình xử lý.' })
export class DossierLookupModel {
  @Field({ description: 'Mã hồ sơ.' })
  code: string;

  @Field({ description: 'Tên dịch vụ công.' })
  serviceName: string;

  @Field(() => DossierStatus, { description: 'Trạng thái hồ sơ.' })
  status: DossierStatus;

  @Field(() => Date, { description: 'Thời điểm gửi hồ sơ.', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Ngày hẹn trả.' })
  dueDate: Date | null;

  @Field(() => [ProcessingStepEntity], { description: 'Lịch sử xử lý, cũ trước.' })
  history: ProcessingStepEntity[];
}
