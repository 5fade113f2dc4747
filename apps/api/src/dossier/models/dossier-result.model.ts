import { Field, ObjectType } from '@nestjs/graphql';
import { DossierFileEntity } from '../entities/dossier-file.entity';

/** Kết quả giải quyết hồ sơ: filled by the officer side (next issue); null until then. */
@ObjectType('DossierResult', { description: 'Kết quả giải quyết hồ sơ.' })
export class DossierResultModel {
  @Field({ description: 'Thời điểm trả kết quả.' })
  issuedAt: Date;

  @Field(() => String, { nullable: true, description: 'Nội dung, ghi chú kết quả.' })
  note: string | null;

  @Field(() => [DossierFileEntity], { description: 'Tệp kết quả.' })
  files: DossierFileEntity[];

  @Field(() => String, { nullable: true, description: 'Cán bộ trả kết quả.' })
  officerName: string | null;
}
