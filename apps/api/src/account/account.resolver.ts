import { ErrorCode } from '@dvc/shared/domain';
import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/auth.decorators';
import { DomainError } from '../common/errors/domain-error';
import type { GraphQLContext } from '../common/graphql/graphql-context';
import { SENSITIVE_OPERATION_COMPLEXITY } from '../common/graphql/query-limits';
import { AccountDirectory } from './account-directory.service';
import { AccountPasswords } from './account-passwords.service';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { LoginPayload, RegisterPayload } from './models/account-payloads';
import { AccountModel } from './models/account.model';
import { ProfileService } from './profile.service';
import { RegistrationService } from './registration.service';
import { SessionService } from './session.service';
import { LocalAuthGuard, LoginRequest } from './strategies/local-auth.guard';
import { requestIp } from '../common/http/client-ip';

const ip = (ctx: GraphQLContext) => requestIp(ctx.req);

/** The account operations of the GraphQL contract (issue 3). Resolvers only translate. */
@Resolver(() => AccountModel)
export class AccountResolver {
  constructor(
    private readonly directory: AccountDirectory,
    private readonly registration: RegistrationService,
    private readonly profiles: ProfileService,
    private readonly passwords: AccountPasswords,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Query(() => AccountModel, {
    nullable: true,
    description: 'Tài khoản đang đăng nhập; null khi chưa đăng nhập.',
  })
  async me(@CurrentUser() user: AuthUser | undefined): Promise<AccountModel | null> {
    if (!user) return null;
    const account = await this.directory.findById(user.id);
    return account ? AccountModel.from(account) : null;
  }

  @Public()
  @Mutation(() => RegisterPayload, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description:
      'Đăng ký tài khoản công dân (cần mã xác nhận). Tài khoản chưa xác thực; thư xác thực được gửi.',
  })
  async register(
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: RegisterInput,
    @Context() ctx: GraphQLContext,
  ): Promise<RegisterPayload> {
    const account = await this.registration.register(input, ip(ctx));
    return { username: account.username, email: account.email, emailVerified: false };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Xác thực e-mail bằng mã trong liên kết (dùng một lần, 24 giờ).',
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
  })
  async verifyEmail(
    @Args('token', { description: 'Mã trong liên kết đã gửi qua e-mail.' }) token: string,
  ): Promise<boolean> {
    await this.registration.verifyEmail(token);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Gửi lại thư xác thực. Luôn trả về true, dù địa chỉ có thuộc tài khoản nào hay không.',
  })
  async resendVerification(
    @Args('email', { description: 'Địa chỉ e-mail của tài khoản.' }) email: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.registration.resendVerification(email, ip(ctx));
    return true;
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Mutation(() => LoginPayload, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Đăng nhập bằng tên đăng nhập hoặc e-mail; đặt cookie phiên (httpOnly, SameSite=Lax).',
  })
  async login(
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: LoginInput,
    @Context() ctx: GraphQLContext,
  ): Promise<LoginPayload> {
    const req = ctx.req as LoginRequest;
    const account = req.loginAccount;
    if (!account) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    // A new session id at every login: the session this browser had (if any) ends here.
    await this.sessions.destroyByToken(this.sessions.tokenFrom(req));
    const { token, session } = await this.sessions.create(account.id, input.rememberMe, {
      ip: ip(ctx),
      userAgent: req.get('user-agent'),
    });
    this.sessions.setCookie(ctx.res, token, session);
    return { account: AccountModel.from(account), rememberMe: session.persistent };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Đăng xuất: kết thúc phiên hiện tại và xóa cookie.' })
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.destroyByToken(this.sessions.tokenFrom(ctx.req));
    this.sessions.clearCookie(ctx.res);
    ctx.req.user = undefined;
    return true;
  }

  @Mutation(() => AccountModel, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Sửa hồ sơ cá nhân. Đổi e-mail: địa chỉ mới có hiệu lực sau khi được xác thực.',
  })
  async updateProfile(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'Dữ liệu cần lưu.' }) input: UpdateProfileInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AccountModel> {
    return AccountModel.from(await this.profiles.updateProfile(user, input, ip(ctx)));
  }

  @Mutation(() => Boolean, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Đổi mật khẩu; mọi phiên đăng nhập khác của tài khoản bị kết thúc.',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('currentPassword', { description: 'Mật khẩu hiện tại.' }) currentPassword: string,
    @Args('newPassword', { description: 'Mật khẩu mới.' }) newPassword: string,
  ): Promise<boolean> {
    await this.passwords.changePassword(user, currentPassword, newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Gửi liên kết đặt lại mật khẩu (1 giờ). Luôn trả về true, dù e-mail có tồn tại hay không.',
  })
  async requestPasswordReset(
    @Args('email', { description: 'Địa chỉ e-mail của tài khoản.' }) email: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.passwords.requestPasswordReset(email, ip(ctx));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    complexity: SENSITIVE_OPERATION_COMPLEXITY,
    description: 'Đặt mật khẩu mới bằng liên kết (dùng một lần); kết thúc mọi phiên.',
  })
  async resetPassword(
    @Args('token', { description: 'Mã trong liên kết đã gửi qua e-mail.' }) token: string,
    @Args('newPassword', { description: 'Mật khẩu mới.' }) newPassword: string,
  ): Promise<boolean> {
    await this.passwords.resetPassword(token, newPassword);
    return true;
  }
}
