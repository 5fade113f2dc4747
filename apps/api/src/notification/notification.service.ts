import {
  NOTIFICATION_DEFAULT_PAGE_SIZE,
  NOTIFICATION_MAX_MARK_IDS,
  NOTIFICATION_MAX_PAGE_SIZE,
} from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitRule, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationPage } from './models/notification-page.model';
import { requestedPage } from '../common/graphql/paged';

/** Marking is cheap but writes: generous for a person clicking, tight for a script. */
export const NOTIFICATION_LIMITS = {
  markReadPerAccount: { name: 'notifications:mark-read', limit: 60, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caller's own notifications: every query is scoped by recipient, so ids of others match nothing. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly repo: Repository<NotificationEntity>,
    private readonly rateLimits: RateLimitService,
  ) {}

  async list(user: AuthUser, args: NotificationsArgs): Promise<NotificationPage> {
    const { page, pageSize } = requestedPage(
      args,
      NOTIFICATION_DEFAULT_PAGE_SIZE,
      NOTIFICATION_MAX_PAGE_SIZE,
    );
    const where = { recipientId: user.id, ...(args.unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, totalCount] = await this.repo.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const unreadCount = args.unreadOnly ? totalCount : await this.unreadCount(user);
    return { items, totalCount, page, pageSize, unreadCount };
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.repo.countBy({ recipientId: user.id, readAt: IsNull() });
  }

  /** Marks the given (or, for an empty list, all) unread notifications of the caller; returns how many. */
  async markRead(user: AuthUser, ids: string[]): Promise<number> {
    if (ids.length > NOTIFICATION_MAX_MARK_IDS) {
      throw DomainError.validation({ ids: `Tối đa ${NOTIFICATION_MAX_MARK_IDS} thông báo mỗi lần.` });
    }
    if (ids.some((id) => !UUID.test(id))) {
      throw DomainError.validation({ ids: 'Mã thông báo không hợp lệ.' });
    }
    await this.rateLimits.consume(NOTIFICATION_LIMITS.markReadPerAccount, user.id);
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const result = await this.repo.update(
      {
        recipientId: user.id,
        readAt: IsNull(),
        ...(unique.length ? { id: In(unique) } : {}),
      },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
