import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { MailModule } from '../common/mail/mail.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AccountAccessService } from './account-access.service';
import { AccountListService } from './account-list.service';
import { AdminAccountsResolver } from './admin-accounts.resolver';

/**
 * Account administration (issue 14), built on the account feature's exported providers
 * (AccountAdminService creates, AccountTokensService issues the invitation link, SessionService
 * ends sessions). Audit entries through AuditLog.record in each change's transaction.
 */
@Module({
  imports: [AccountModule, MailModule, RateLimitModule],
  providers: [AccountListService, AccountAccessService, AdminAccountsResolver],
})
export class AdminModule {}
