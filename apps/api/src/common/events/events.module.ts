import { Global, Module } from '@nestjs/common';
import { AfterCommit } from './after-commit';
import { LiveEvents } from './live-events';

/** Global, so features inject AfterCommit and LiveEvents without importing a module. */
@Global()
@Module({ providers: [AfterCommit, LiveEvents], exports: [AfterCommit, LiveEvents] })
export class EventsModule {}
