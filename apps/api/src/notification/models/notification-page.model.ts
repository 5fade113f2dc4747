import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paged } from '../../common/graphql/paged';
import { NotificationEntity } from '../entities/notification.entity';

@ObjectType('NotificationPage', { description: 'Một trang thông báo, mới nhất trước.' })
export class NotificationPage extends Paged(NotificationEntity) {
  @Field(() => Int, { description: 'Số thông báo chưa đọc (tất cả, không chỉ trang này).' })
  unreadCount: number;
}
