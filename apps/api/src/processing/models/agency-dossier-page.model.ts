import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paged } from '../../common/graphql/paged';
import { DossierEntity } from '../../dossier/entities/dossier.entity';
import { DossierStatus } from '../../dossier/models/dossier-enums';

@ObjectType('StatusCount', { description: 'Số hồ sơ của một trạng thái (các bộ lọc khác vẫn áp dụng).' })
export class StatusCountModel {
  @Field(() => DossierStatus, { description: 'Trạng thái hồ sơ.' })
  status: DossierStatus;

  @Field(() => Int, { description: 'Số hồ sơ.' })
  count: number;
}

@ObjectType('AgencyDossierPage', { description: 'Một trang hồ sơ của cơ quan (hàng đợi của cán bộ).' })
export class AgencyDossierPage extends Paged(DossierEntity) {
  @Field(() => [StatusCountModel], { description: 'Số hồ sơ theo trạng thái, cho các thẻ (tab).' })
  countsByStatus: StatusCountModel[];
}
