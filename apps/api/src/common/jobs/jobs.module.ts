import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CleanupJob } from './cleanup.job';
import { OrphanSweepJob } from './orphan-sweep.job';
import { ScheduledJobs } from './scheduled-jobs.service';

/**
 * Background work of the server on a schedule (the mail outbox worker has its own module): cleanup
 * of expired rows and the orphan sweep, each round on one instance. Only AppModule imports it.
 */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [ScheduledJobs, CleanupJob, OrphanSweepJob],
  exports: [ScheduledJobs],
})
export class JobsModule {}
