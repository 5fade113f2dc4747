import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { AuditQueryService } from './audit-query.service';
import { AUDIT_DEFAULT_PAGE_SIZE, AUDIT_MAX_PAGE_SIZE, AuditLogArgs } from './dto/audit-log.args';
import { AuditLogPageModel } from './models/audit-entry.model';

@Resolver(() => AuditLogPageModel)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditLogPageModel, {
    description: 'Nhật ký hệ thống, mới nhất trước (chỉ quản trị; không có thao tác sửa hay xóa).',
    complexity: ({ args, childComplexity }) =>
      1 +
      Math.min(Number(args['pageSize'] ?? AUDIT_DEFAULT_PAGE_SIZE), AUDIT_MAX_PAGE_SIZE) * childComplexity,
  })
  auditLog(@CurrentUser() user: AuthUser, @Args() args: AuditLogArgs): Promise<AuditLogPageModel> {
    return this.audit.page(user, args);
  }
}
