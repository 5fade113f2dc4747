import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { LiveEvents } from '../common/events/live-events';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationEntity } from './entities/notification.entity';
import { MARK_READ_COMPLEXITY, notificationPageComplexity } from './notification-complexity';
import { NotificationMessage, notificationTopic } from './notification-sink.service';
import { NotificationService } from './notification.service';
import { NotificationPage } from './models/notification-page.model';

/** The bell: the caller's notifications, the unread count, marking read, and live additions. */
@Resolver(() => NotificationEntity)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => NotificationPage, {
    description: 'Thông báo của người dùng đang đăng nhập, mới nhất trước.',
    complexity: notificationPageComplexity,
  })
  notifications(@CurrentUser() user: AuthUser, @Args() args: NotificationsArgs): Promise<NotificationPage> {
    return this.service.list(user, args);
  }

  @Query(() => Int, { description: 'Số thông báo chưa đọc.' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, {
    description: 'Đánh dấu đã đọc các thông báo của mình (danh sách rỗng: tất cả); trả về số đã đánh dấu.',
    complexity: MARK_READ_COMPLEXITY,
  })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('ids', { description: 'Các thông báo; danh sách rỗng: tất cả.', type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(user, ids);
  }

  @Subscription(() => NotificationEntity, {
    description:
      'Thông báo mới của người dùng đang đăng nhập (graphql-ws trên /graphql, xác thực bằng cookie phiên).',
    // Topics are per user already; the filter is a second lock on the same door.
    filter: (message: NotificationMessage, _args: unknown, ctx: GraphQLContext) =>
      message.recipientId === ctx.req.user?.id,
    resolve: (message: NotificationMessage): NotificationEntity => ({
      ...message.notification,
      createdAt: new Date(message.notification.createdAt),
      readAt: null,
    }),
  })
  notificationAdded(@CurrentUser() user: AuthUser): AsyncIterableIterator<NotificationMessage> {
    return this.live.iterator<NotificationMessage>(notificationTopic(user.id));
  }
}
