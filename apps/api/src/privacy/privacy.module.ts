import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../account/account.module';
import { AccountSecrets } from '../account/account-secrets';
import { PasswordHasher } from '../account/password-hasher';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AccountDeletionService } from './account-deletion.service';
import { DataExportController } from './data-export.controller';
import { DataExportService } from './data-export.service';
import { DataExportLinkEntity } from './entities/data-export-link.entity';
import { PrivacyResolver } from './privacy.resolver';

/** Personal data (issue 12): export of everything the portal holds about a citizen, and account deletion. */
@Module({
  imports: [TypeOrmModule.forFeature([DataExportLinkEntity]), AccountModule, RateLimitModule],
  controllers: [DataExportController],
  providers: [PrivacyResolver, DataExportService, AccountDeletionService, AccountSecrets, PasswordHasher],
})
export class PrivacyModule {}
