import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitEntity } from './rate-limit.entity';
import { RateLimitService } from './rate-limit.service';

/** Import it where an operation needs limiting; the counters live in the `rate_limits` table. */
@Module({
  imports: [TypeOrmModule.forFeature([RateLimitEntity])],
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class RateLimitModule {}
