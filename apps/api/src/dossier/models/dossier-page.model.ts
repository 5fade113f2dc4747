import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DossierEntity } from '../entities/dossier.entity';

@ObjectType('DossierPage', { description: 'Một trang hồ sơ đã đăng ký, mới nhất trước.' })
export class DossierPage {
  @Field(() => [DossierEntity])
  items: DossierEntity[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => Int)
  pageCount: number;
}
