import { Injectable } from '@nestjs/common';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitRule, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { FormFieldEntity } from './entities/form-field.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';

/** Per admin account: reordering is a click or a key press, so a few per second at most. */
export const REORDER_LIMIT: RateLimitRule = { name: 'catalog-reorder:account', limit: 60, windowSeconds: 60 };

const MAX_FIELDS = 200;

/**
 * The order of a procedure's intake form, saved at once: `fieldIds` must name every active field of
 * the procedure exactly once; they get positions 1…n in one transaction, with one audit entry.
 */
@Injectable()
export class FormFieldOrderService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly rateLimits: RateLimitService,
  ) {}

  async reorder(adminId: string, procedureId: string, fieldIds: string[]): Promise<FormFieldEntity[]> {
    await this.rateLimits.consume(REORDER_LIMIT, adminId);
    if (fieldIds.length > MAX_FIELDS || new Set(fieldIds).size !== fieldIds.length) {
      throw invalidOrder('Danh sách trường không được lặp lại một trường.');
    }
    return this.tx.run(async (em) => {
      const procedure = await em.findOneBy(ServiceProcedureEntity, { id: procedureId });
      if (!procedure) throw DomainError.notFound();
      const active = await em.find(FormFieldEntity, {
        where: { procedureId, active: true },
        order: { position: 'ASC' },
      });
      const byId = new Map(active.map((f) => [f.id, f]));
      if (fieldIds.length !== active.length || fieldIds.some((id) => !byId.has(id))) {
        throw invalidOrder('Danh sách phải gồm đúng mọi trường đang dùng của thủ tục, mỗi trường một lần.');
      }
      const before = active.map((f) => f.key);
      const changed: FormFieldEntity[] = [];
      const ordered = fieldIds.map((id, i) => {
        const field = byId.get(id) as FormFieldEntity;
        if (field.position !== i + 1) {
          field.position = i + 1;
          changed.push(field);
        }
        return field;
      });
      if (changed.length > 0) await em.save(changed);
      await AuditLog.record(em, {
        action: AuditAction.CATALOG_UPDATE,
        targetType: AuditTarget.PROCEDURE,
        targetId: procedureId,
        summary: {
          before: { fieldOrder: before.join(',') },
          after: { fieldOrder: ordered.map((f) => f.key).join(',') },
        },
      });
      return ordered;
    });
  }
}

function invalidOrder(message: string): DomainError {
  return DomainError.validation({ fieldIds: message }, message);
}
