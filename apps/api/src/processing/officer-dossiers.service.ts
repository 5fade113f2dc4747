import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DossierAction, DossierStatus, ErrorCode, Role } from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitRule, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { isUuid } from '../dossier/dossier-access.service';
import { checkTransition, DossierTransitions, StepActor } from '../dossier/dossier-transitions.service';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { NOTE_MAX_LENGTH } from './processing-limits';

export interface PreparedAction {
  dossier: DossierEntity;
  actor: StepActor;
  note: string | null;
}

/**
 * The checks every officer action makes before its transaction, in the order the client sees them:
 * rate limit, the dossier is addressed to the officer's agency (NOT_FOUND otherwise, exactly as an
 * unknown id), the version the officer saw (STALE_DOSSIER), the state machine (INVALID_TRANSITION).
 * The transaction re-checks version and status in its UPDATE, so a concurrent action still loses.
 */
@Injectable()
export class OfficerDossiers {
  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    private readonly transitions: DossierTransitions,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** A sent dossier of the officer's agency, or NOT_FOUND. */
  async findForOfficer(user: AuthUser, id: string): Promise<DossierEntity> {
    const dossier =
      user.role === Role.OFFICER && user.agencyId && isUuid(id)
        ? await this.dossiers.findOneBy({ id, agencyId: user.agencyId })
        : null;
    if (!dossier || dossier.status === DossierStatus.DRAFT) throw DomainError.notFound();
    return dossier;
  }

  async prepare(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    action: DossierAction,
    options: { note?: string | null; limit: RateLimitRule },
  ): Promise<PreparedAction> {
    await this.rateLimits.consume(options.limit, user.id);
    const dossier = await this.findForOfficer(user, id);
    const note = cleanNote(options.note, 'note');
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw DomainError.validation({ expectedVersion: 'Phiên bản hồ sơ không hợp lệ.' });
    }
    if (dossier.version !== expectedVersion) throw new DomainError(ErrorCode.STALE_DOSSIER);
    checkTransition(dossier.status, action);
    return { dossier, actor: await this.transitions.actorOf(user), note };
  }
}

/** Trimmed text or null; VALIDATION_FAILED on `field` when too long (or missing and required). */
export function cleanNote(
  value: string | null | undefined,
  field: string,
  options: { required?: string; max?: number } = {},
): string | null {
  const text = value?.trim() || null;
  if (!text && options.required) throw DomainError.validation({ [field]: options.required });
  const max = options.max ?? NOTE_MAX_LENGTH;
  if (text && text.length > max) {
    throw DomainError.validation({ [field]: `Nội dung tối đa ${max} ký tự.` });
  }
  return text;
}
