import { ArgsType, Field, Int } from '@nestjs/graphql';
import { NOTIFICATION_DEFAULT_PAGE_SIZE } from '@dvc/shared/domain';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Chỉ thông báo chưa đọc.' })
  unreadOnly: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Trang, từ 1.' })
  page: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NOTIFICATION_DEFAULT_PAGE_SIZE,
    description: 'Số mục mỗi trang (tối đa 50).',
  })
  pageSize: number;
}
