import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../account/account.module';
import { MailModule } from '../common/mail/mail.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AccountAccessService } from './account-access.service';
import { AccountListService } from './account-list.service';
import { AdminAccountsResolver } from './admin-accounts.resolver';
import { DossierFormSnapshotEntity } from './dossier-form-snapshot.entity';
import { DossierFormSnapshotResolver } from './dossier-form-snapshot.resolver';

/**
 * Account administration (issue 14), built on the account feature's exported providers
 * (AccountAdminService creates, AccountTokensService issues the invitation link, SessionService
 * ends sessions). Audit entries through AuditLog.record in each change's transaction.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DossierFormSnapshotEntity]),
    AccountModule,
    MailModule,
    RateLimitModule,
  ],
  providers: [AccountListService, AccountAccessService, AdminAccountsResolver, DossierFormSnapshotResolver],
})
export class AdminModule {}
