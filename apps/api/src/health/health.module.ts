import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';
import { SystemResolver } from './system.resolver';

@Module({ controllers: [HealthController], providers: [SystemResolver, Readiness], exports: [Readiness] })
export class HealthModule {}
