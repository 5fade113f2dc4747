import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationEntity } from '../entities/notification.entity';

@ObjectType('NotificationPage', { description: 'Một trang thông báo, mới nhất trước.' })
export class NotificationPage {
  @Field(() => [NotificationEntity], { description: 'Các mục của trang.' })
  items: NotificationEntity[];

  @Field(() => Int, { description: 'Tổng số mục khớp điều kiện.' })
  totalCount: number;

  @Field(() => Int, { description: 'Trang hiện tại, từ 1.' })
  page: number;

  @Field(() => Int, { description: 'Số mục mỗi trang.' })
  pageSize: number;

  @Field(() => Int, { description: 'Số thông báo chưa đọc (tất cả, không chỉ trang này).' })
  unreadCount: number;
}
