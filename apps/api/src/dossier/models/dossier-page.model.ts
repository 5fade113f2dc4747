import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DossierEntity } from '../entities/dossier.entity';

@ObjectType('DossierPage', { description: 'Một trang hồ sơ đã đăng ký, mới nhất trước.' })
export class DossierPage {
  @Field(() => [DossierEntity], { description: 'Các mục của trang.' })
  items: DossierEntity[];

  @Field(() => Int, { description: 'Tổng số mục khớp điều kiện.' })
  totalCount: number;

  @Field(() => Int, { description: 'Trang hiện tại, từ 1.' })
  page: number;

  @Field(() => Int, { description: 'Số mục mỗi trang.' })
  pageSize: number;

  @Field(() => Int, { description: 'Tổng số trang.' })
  pageCount: number;
}
