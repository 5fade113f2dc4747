import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { DemoStatisticsSeeder } from './demo-statistics.seeder';
import { DossierStatisticsRowEntity } from './entities/dossier-statistics-row.entity';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/**
 * Statistics (issue 14): figures per agency and procedure, added up in SQL from the dossiers and the
 * statistics row DossierTransitions keeps per sent dossier (dossier-statistics-rows.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([DossierStatisticsRowEntity]), RateLimitModule],
  providers: [StatisticsService, StatisticsResolver, DemoStatisticsSeeder],
  exports: [DemoStatisticsSeeder],
})
export class StatisticsModule {}
