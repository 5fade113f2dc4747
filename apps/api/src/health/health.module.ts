import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { SystemResolver } from './system.resolver';

@Module({ controllers: [HealthController], providers: [SystemResolver] })
export class HealthModule {}
