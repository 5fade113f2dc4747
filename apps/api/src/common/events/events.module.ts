import { Global, Module } from '@nestjs/common';
import { AfterCommit } from './after-commit';
import { DossierEventHooks } from './dossier-events';
import { LiveEvents } from './live-events';

/** Global, so features inject AfterCommit and LiveEvents without importing a module. */
@Global()
@Module({
  providers: [AfterCommit, LiveEvents, DossierEventHooks],
  exports: [AfterCommit, LiveEvents, DossierEventHooks],
})
export class EventsModule {}
