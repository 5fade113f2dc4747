import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DossierStatus, Role } from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DossierEntity } from './entities/dossier.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may see a dossier: its owner, or an officer of the receiving agency once it was sent. Anyone
 * else gets NOT_FOUND, exactly as for an id that does not exist (no IDOR, no existence oracle).
 */
@Injectable()
export class DossierAccess {
  constructor(@InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>) {}

  static canRead(user: AuthUser, dossier: DossierEntity): boolean {
    if (dossier.ownerId === user.id) return true;
    return (
      user.role === Role.OFFICER &&
      !!user.agencyId &&
      user.agencyId === dossier.agencyId &&
      dossier.status !== DossierStatus.DRAFT
    );
  }

  /** The caller's own dossier, or NOT_FOUND. */
  async findOwned(user: AuthUser, id: string): Promise<DossierEntity> {
    const dossier = UUID.test(id) ? await this.dossiers.findOneBy({ id, ownerId: user.id }) : null;
    if (!dossier) throw DomainError.notFound();
    return dossier;
  }

  /** A dossier the caller may read, or NOT_FOUND. */
  async findReadable(user: AuthUser, id: string): Promise<DossierEntity> {
    const dossier = UUID.test(id) ? await this.dossiers.findOneBy({ id }) : null;
    if (!dossier || !DossierAccess.canRead(user, dossier)) throw DomainError.notFound();
    return dossier;
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
