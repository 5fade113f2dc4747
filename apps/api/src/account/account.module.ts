import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../common/mail/mail.module';
import { SubscriptionAuthenticator } from '../common/graphql/subscription-auth';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AccountSecrets } from './account-secrets';
import { AccountTokensService } from './account-tokens.service';
import { AccountResolver } from './account.resolver';
import { AccountAdminService } from './account-admin.service';
import { AccountDirectory } from './account-directory.service';
import { AccountMailer } from './account-mailer';
import { AccountPasswords } from './account-passwords.service';
import { AuthService } from './auth.service';
import { CaptchaResolver } from './captcha.resolver';
import { CaptchaService } from './captcha.service';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import { DemoPasswordCheck } from './demo-password.check';
import { AccountTokenEntity } from './entities/account-token.entity';
import { AccountEntity } from './entities/account.entity';
import { CaptchaEntity } from './entities/captcha.entity';
import { SessionEntity } from './entities/session.entity';
import { PasswordHasher } from './password-hasher';
import { ProfileService } from './profile.service';
import { RegistrationService } from './registration.service';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';
import { LocalAuthGuard } from './strategies/local-auth.guard';
import { LocalStrategy } from './strategies/local.strategy';
import { WsSessionAuthenticator } from './ws-session.authenticator';

/**
 * Accounts: registration with captcha and e-mail verification, login (passport-local), server-side
 * sessions, profile and passwords. Its middleware sets `request.user` for every route.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AccountEntity, SessionEntity, AccountTokenEntity, CaptchaEntity]),
    PassportModule,
    MailModule,
    RateLimitModule,
  ],
  providers: [
    AccountSecrets,
    PasswordHasher,
    SessionService,
    SessionMiddleware,
    AccountTokensService,
    CaptchaService,
    AccountDirectory,
    AccountMailer,
    RegistrationService,
    ProfileService,
    AccountPasswords,
    AccountAdminService,
    AuthService,
    LocalStrategy,
    LocalAuthGuard,
    AccountResolver,
    CaptchaResolver,
    DemoAccountsSeeder,
    DemoPasswordCheck,
    { provide: SubscriptionAuthenticator, useClass: WsSessionAuthenticator },
  ],
  exports: [
    AccountDirectory,
    AccountAdminService,
    // Invitations (admin/, issue 14) mail a one-time set-password link.
    AccountTokensService,
    SessionService,
    SessionMiddleware,
    DemoAccountsSeeder,
    SubscriptionAuthenticator,
  ],
})
export class AccountModule {}
