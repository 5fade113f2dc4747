import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkCompleteness, DossierAction, ErrorCode, submitActionFor } from '@dvc/shared/domain';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { CatalogReader } from '../service/catalog-reader.service';
import { DossierAccess } from './dossier-access.service';
import { DossierCodeService } from './dossier-code.service';
import { dossierSearchText } from './dossier-save.service';
import { TransactionRunner } from '../common/database/transaction-runner';
import { checkTransition, DossierTransitions } from './dossier-transitions.service';
import { DossierUploads } from './dossier-uploads';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';

/** submitDossier and deleteDossier: the citizen's status changes after saving. */
@Injectable()
export class DossierSubmitDeleteService {
  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    private readonly access: DossierAccess,
    private readonly catalog: CatalogReader,
    private readonly codes: DossierCodeService,
    private readonly transitions: DossierTransitions,
    private readonly uploads: DossierUploads,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * DRAFT → SUBMITTED (first time: assigns the code) or SUPPLEMENT_REQUESTED → SUBMITTED. The catalog
   * is read before the transaction; inside it the dossier and its files are read again and the
   * update only applies to the version that was checked.
   */
  async submit(user: AuthUser, id: string): Promise<DossierEntity> {
    const loaded = await this.access.findOwned(user, id);
    const action = submitActionFor(loaded.status);
    checkTransition(loaded.status, action);
    const procedure = await this.catalog.getProcedure(loaded.serviceId, { includeInactive: true });
    if (!procedure) throw DomainError.notFound();
    if (action === DossierAction.SUBMIT && !procedure.active)
      throw new DomainError(ErrorCode.SERVICE_INACTIVE);
    // The receiving agency is fixed at the first submission.
    const agencyId = loaded.code ? loaded.agencyId : procedure.agencyId;
    const agency = await this.catalog.getAgency(agencyId);
    if (!agency) throw new Error(`Agency ${agencyId} of procedure ${procedure.id} is missing`);
    const fields = await this.catalog.getFormDefinition(procedure.id);
    const components = await this.catalog.getComponents(procedure.id);
    const actor = await this.transitions.actorOf(user);
    const now = new Date();
    if (!loaded.code) await this.codes.prepare(agency.id, now);

    return this.tx.run(async (em) => {
      const dossier = await em.findOneBy(DossierEntity, { id, ownerId: user.id });
      if (!dossier) throw DomainError.notFound();
      if (dossier.version !== loaded.version) throw new DomainError(ErrorCode.STALE_DOSSIER);
      const counts = await em
        .createQueryBuilder(DossierFileEntity, 'f')
        .select('f.component_id', 'componentId')
        .addSelect('COUNT(*)', 'count')
        .where('f.dossier_id = :id', { id })
        .groupBy('f.component_id')
        .getRawMany<{ componentId: string; count: number | string }>();
      const result = checkCompleteness({
        fields,
        formData: dossier.formData,
        applicant: dossier.applicant,
        components,
        fileCountByComponent: Object.fromEntries(counts.map((c) => [c.componentId, Number(c.count)])),
      });
      if (!result.complete) {
        throw DomainError.withFields(ErrorCode.DOSSIER_INCOMPLETE, result.errors, {
          details: {
            missingFields: result.missingFields,
            missingApplicantFields: result.missingApplicantFields,
            missingComponents: result.missingComponents,
          },
        });
      }
      const code = dossier.code ?? (await this.codes.next(em, agency.id, agency.code, now));
      return this.transitions.apply(em, dossier, action, actor, {
        at: now,
        patch: {
          code,
          agencyId,
          submittedAt: dossier.submittedAt ?? now,
          searchText: dossierSearchText(code, procedure, dossier.applicant?.fullName),
        },
      });
    });
  }

  /** Only a draft; its rows go in one transaction, then its stored files. */
  async delete(user: AuthUser, id: string): Promise<boolean> {
    const dossier = await this.access.findOwned(user, id);
    checkTransition(dossier.status, DossierAction.DELETE);
    const keys = await this.tx.run(async (em) => {
      const current = await em.findOneBy(DossierEntity, { id, ownerId: user.id });
      if (!current) throw DomainError.notFound();
      checkTransition(current.status, DossierAction.DELETE);
      const files = await em.findBy(DossierFileEntity, { dossierId: id });
      await em.delete(DossierFileEntity, { dossierId: id });
      await em.delete(ProcessingStepEntity, { dossierId: id });
      await em.delete(DossierEntity, { id });
      return files.map((f) => f.storageKey);
    });
    await this.uploads.remove(keys);
    return true;
  }
}
