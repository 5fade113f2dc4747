import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { DemoStatisticsSeeder } from './demo-statistics.seeder';
import { DossierOutcomeEntity } from './entities/dossier-outcome.entity';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/**
 * Statistics (issue 14): figures per agency and procedure, added up in SQL from the dossiers and the
 * outcome row DossierTransitions writes when a dossier finishes (dossier-outcomes.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([DossierOutcomeEntity]), RateLimitModule],
  providers: [StatisticsService, StatisticsResolver, DemoStatisticsSeeder],
  exports: [DemoStatisticsSeeder],
})
export class StatisticsModule {}
