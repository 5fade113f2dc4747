import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationEntity } from '../entities/notification.entity';

@ObjectType('NotificationPage', { description: 'Một trang thông báo, mới nhất trước.' })
export class NotificationPage {
  @Field(() => [NotificationEntity])
  items: NotificationEntity[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => Int, { description: 'Số thông báo chưa đọc (tất cả, không chỉ trang này).' })
  unreadCount: number;
}
