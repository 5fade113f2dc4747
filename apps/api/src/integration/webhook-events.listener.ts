import { WebhookEvent } from '@dvc/shared/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import { DossierEventHooks } from '../common/events/dossier-events';
import { AgencyEntity } from '../service/entities/agency.entity';
import { DocumentComponentEntity } from '../service/entities/document-component.entity';
import { FormFieldEntity } from '../service/entities/form-field.entity';
import { SectorEntity } from '../service/entities/sector.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { WebhookQueue } from './webhook-queue.service';

type CatalogRow = { id?: string; code?: string | null; active?: boolean; procedureId?: string };

const KINDS = new Map<unknown, string>([
  [AgencyEntity, 'agency'],
  [SectorEntity, 'sector'],
  [ServiceProcedureEntity, 'service'],
  // A component or form field changes its procedure: the event names the procedure.
  [DocumentComponentEntity, 'service'],
  [FormFieldEntity, 'service'],
]);

/**
 * Where webhook events come from, in the transaction of the change:
 * - dossier events: a hook on DossierEventSink (every status change goes through it);
 * - catalog.changed: a TypeORM subscriber on the catalog's entities, so every write of the catalog
 *   admin services (and any future one) raises it without those services knowing about webhooks.
 *   One event per changed agency, sector or procedure per transaction.
 */
@Injectable()
export class WebhookEventsListener implements EntitySubscriberInterface, OnModuleInit {
  private readonly seen = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    private readonly queue: WebhookQueue,
    private readonly hooks: DossierEventHooks,
    @InjectDataSource() dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  onModuleInit(): void {
    this.hooks.register((em, dossier, change) => this.queue.dossierChanged(em, dossier, change));
  }

  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    return this.catalogChanged(event.manager, event.queryRunner, event.metadata.target, event.entity);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    const row = { ...(event.databaseEntity ?? {}), ...(event.entity ?? {}) };
    return this.catalogChanged(event.manager, event.queryRunner, event.metadata.target, row);
  }

  // A query runner may serve many transactions (SQLite has one connection): forget at their end.
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (!queryRunner.isTransactionActive) this.seen.delete(queryRunner);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.seen.delete(queryRunner);
  }

  private async catalogChanged(
    em: EntityManager,
    runner: QueryRunner,
    target: unknown,
    entity: ObjectLiteral | undefined,
  ): Promise<void> {
    const kind = KINDS.get(target);
    if (!kind || !entity) return;
    let row = entity as CatalogRow;
    if (target === DocumentComponentEntity || target === FormFieldEntity) {
      const procedure = row.procedureId
        ? await em.findOneBy(ServiceProcedureEntity, { id: row.procedureId })
        : null;
      if (!procedure) return;
      row = procedure;
    }
    if (!row.id) return;
    if (runner?.isTransactionActive) {
      const seen = this.seen.get(runner) ?? new Set<string>();
      if (seen.has(row.id)) return;
      seen.add(row.id);
      this.seen.set(runner, seen);
    }
    const status = row.active === false ? 'INACTIVE' : 'ACTIVE';
    await this.queue.enqueue(
      em,
      WebhookEvent.CATALOG_CHANGED,
      { kind, id: row.id, code: row.code ?? null, status, version: null },
      new Date(),
      null,
    );
  }
}
