import { Injectable } from '@nestjs/common';
import type { DossierAction, DossierStatus } from '@dvc/shared/domain';
import type { EntityManager } from 'typeorm';

/** The dossier as the listeners need it (DossierEntity fits; common/ cannot import the feature). */
export interface DossierRef {
  id: string;
  code: string | null;
  ownerId: string;
  serviceId: string;
  agencyId: string;
  status: DossierStatus;
}

export interface DossierStatusChange {
  from: DossierStatus;
  to: DossierStatus;
  action: DossierAction;
  at: Date;
  note?: string | null;
}

/**
 * Told of every dossier status change by DossierTransitions.apply(), inside the transaction that makes
 * it: whatever it writes (notifications, queued e-mail) commits or rolls back with the change.
 * An abstract class so it can be the DI token: the notification feature provides the implementation
 * (globally), and the dossier feature depends only on common/.
 */
export abstract class DossierEventSink {
  abstract statusChanged(em: EntityManager, dossier: DossierRef, change: DossierStatusChange): Promise<void>;
}

export type DossierEventHook = (
  em: EntityManager,
  dossier: DossierRef,
  change: DossierStatusChange,
) => Promise<void>;

/**
 * Further listeners of the same events (integrators' webhooks), registered at start-up by their
 * feature. The DossierEventSink provider wraps its sink with `around`, so each hook runs after it, in
 * the same transaction: what a hook writes commits or rolls back with the change.
 */
@Injectable()
export class DossierEventHooks {
  private readonly hooks: DossierEventHook[] = [];

  register(hook: DossierEventHook): void {
    this.hooks.push(hook);
  }

  around(sink: DossierEventSink): DossierEventSink {
    const hooks = this.hooks;
    return new (class extends DossierEventSink {
      async statusChanged(
        em: EntityManager,
        dossier: DossierRef,
        change: DossierStatusChange,
      ): Promise<void> {
        await sink.statusChanged(em, dossier, change);
        for (const hook of hooks) await hook(em, dossier, change);
      }
    })();
  }
}
