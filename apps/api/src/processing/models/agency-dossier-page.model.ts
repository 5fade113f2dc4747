import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DossierEntity } from '../../dossier/entities/dossier.entity';
import { DossierStatus } from '../../dossier/models/dossier-enums';

@ObjectType('StatusCount', { description: 'Số hồ sơ của một trạng thái (các bộ lọc khác vẫn áp dụng).' })
export class StatusCountModel {
  @Field(() => DossierStatus)
  status: DossierStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('AgencyDossierPage', { description: 'Một trang hồ sơ của cơ quan (hàng đợi của cán bộ).' })
export class AgencyDossierPage {
  @Field(() => [DossierEntity])
  items: DossierEntity[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [StatusCountModel], { description: 'Số hồ sơ theo trạng thái, cho các thẻ (tab).' })
  countsByStatus: StatusCountModel[];
}
