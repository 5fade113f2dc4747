import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorators';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { SessionService } from '../account/session.service';
import { AccountDeletionService } from './account-deletion.service';
import { DataExportService } from './data-export.service';
import { DataExportLinkModel } from './models/data-export-link.model';

/** The citizen's data rights (Decree 13/2023/NĐ-CP, Law 91/2025/QH15): export and deletion. Session only. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly deletion: AccountDeletionService,
    private readonly sessions: SessionService,
  ) {}

  @Mutation(() => DataExportLinkModel, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description:
      'Xuất dữ liệu cá nhân: liên kết tải tệp ZIP (JSON tài khoản, hồ sơ kèm lịch sử và kết quả, thông báo, lịch sử đăng nhập, cùng mọi tệp đã nộp hoặc nhận). Dùng một lần, hết hạn sau 1 giờ; tối đa 3 lần mỗi giờ.',
  })
  exportMyData(@CurrentUser() user: AuthUser): Promise<DataExportLinkModel> {
    return this.exports.createLink(user);
  }

  @Mutation(() => Boolean, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description:
      'Xóa tài khoản của chính mình: xóa hồ sơ chưa gửi và tệp của chúng, phiên đăng nhập, thông báo; đăng xuất mọi thiết bị. Hồ sơ đã gửi được giữ (kèm thông tin người nộp) theo thời hạn lưu trữ của cơ quan, không còn gắn với tài khoản đăng nhập. Sai mật khẩu: WRONG_PASSWORD.',
  })
  async deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @Args('password', { description: 'Mật khẩu hiện tại, để xác nhận.' }) password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.deletion.delete(user, password);
    this.sessions.clearCookie(ctx.res);
    return true;
  }
}
