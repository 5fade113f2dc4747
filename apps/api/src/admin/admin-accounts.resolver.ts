import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@dvc/shared/domain';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { AccountAccessService } from './account-access.service';
import { AccountListService } from './account-list.service';
import {
  ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE,
  ADMIN_ACCOUNTS_MAX_PAGE_SIZE,
  AdminAccountsArgs,
  InviteAccountInput,
} from './dto/admin-accounts.args';
import { AdminAccountModel, AdminAccountPageModel } from './models/admin-account.model';

/** Account administration (issue 14): admins only. */
@Roles(Role.ADMIN)
@Resolver(() => AdminAccountModel)
export class AdminAccountsResolver {
  constructor(
    private readonly list: AccountListService,
    private readonly access: AccountAccessService,
  ) {}

  @Query(() => AdminAccountPageModel, {
    description:
      'Danh sách tài khoản (vai trò, cơ quan, trạng thái, lần đăng nhập cuối), tìm kiếm và phân trang.',
    complexity: ({ args, childComplexity }) =>
      1 +
      Math.min(Number(args['pageSize'] ?? ADMIN_ACCOUNTS_DEFAULT_PAGE_SIZE), ADMIN_ACCOUNTS_MAX_PAGE_SIZE) *
        childComplexity,
  })
  adminAccounts(
    @CurrentUser() admin: AuthUser,
    @Args() args: AdminAccountsArgs,
  ): Promise<AdminAccountPageModel> {
    return this.list.page(admin, args);
  }

  @Mutation(() => AdminAccountModel, {
    description:
      'Mời cán bộ hoặc quản trị viên: tạo tài khoản và gửi thư có liên kết đặt mật khẩu (dùng một lần).',
  })
  async inviteAccount(
    @CurrentUser() admin: AuthUser,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: InviteAccountInput,
  ): Promise<AdminAccountModel> {
    return this.list.one((await this.access.invite(admin, input)).id);
  }

  @Mutation(() => AdminAccountModel, {
    description: 'Đổi vai trò (cán bộ/quản trị viên) và cơ quan; các phiên đăng nhập của tài khoản kết thúc.',
  })
  async updateAccountAccess(
    @CurrentUser() admin: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
    @Args('role', { description: 'Vai trò mới.', type: () => Role }) role: Role,
    @Args('agencyId', { description: 'Cơ quan (bắt buộc với cán bộ).', type: () => ID, nullable: true })
    agencyId: string | null,
  ): Promise<AdminAccountModel> {
    return this.list.one((await this.access.updateAccess(admin, id, role, agencyId ?? null)).id);
  }

  @Mutation(() => AdminAccountModel, { description: 'Khóa tài khoản: mọi phiên đăng nhập kết thúc ngay.' })
  async deactivateAccount(
    @CurrentUser() admin: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<AdminAccountModel> {
    return this.list.one((await this.access.setActive(admin, id, false)).id);
  }

  @Mutation(() => AdminAccountModel, { description: 'Mở khóa tài khoản.' })
  async reactivateAccount(
    @CurrentUser() admin: AuthUser,
    @Args('id', { description: 'Mã định danh.', type: () => ID }) id: string,
  ): Promise<AdminAccountModel> {
    return this.list.one((await this.access.setActive(admin, id, true)).id);
  }
}
