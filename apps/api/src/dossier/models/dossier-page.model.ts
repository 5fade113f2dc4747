import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paged } from '../../common/graphql/paged';
import { DossierEntity } from '../entities/dossier.entity';

@ObjectType('DossierPage', { description: 'Một trang hồ sơ đã đăng ký, mới nhất trước.' })
export class DossierPage extends Paged(DossierEntity) {
  @Field(() => Int, { description: 'Tổng số trang.' })
  pageCount: number;
}
