import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  cleanApplicant,
  cleanFormValues,
  DossierAction,
  DossierApplicant,
  DossierStatus,
  ErrorCode,
  foldVietnamese,
  FieldIssue,
  FormFieldDefinition,
  FormValues,
  validateApplicant,
  validateForm,
} from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AccountDirectory } from '../account/account-directory.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { CatalogReader } from '../service/catalog-reader.service';
import { DocumentComponentEntity } from '../service/entities/document-component.entity';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { SaveDossierInput } from './dto/save-dossier.input';
import { DossierAccess } from './dossier-access.service';
import { TransactionRunner } from '../common/database/transaction-runner';
import { checkTransition } from './dossier-transitions.service';
import { dossierFileRow, DossierUploads, PlannedUpload } from './dossier-uploads';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';

/**
 * Text a dossier is found by: its code, its service's code and name and, once sent, the applicant's
 * name (the officer queue searches it), folded.
 */
export function dossierSearchText(
  code: string | null,
  procedure: ServiceProcedureEntity,
  applicantName?: string | null,
): string {
  return foldVietnamese(`${code ?? ''} ${procedure.code} ${procedure.name} ${applicantName ?? ''}`).slice(
    0,
    700,
  );
}

/**
 * saveDossier: create or update a draft (or a dossier sent back for more documents). In order:
 * check everything that needs no file (ownership, status, version, form, components), stream the new
 * files into storage, then write the rows in one transaction that re-checks the version. A failure
 * anywhere leaves the dossier as it was and removes the files this request stored.
 */
@Injectable()
export class DossierSaveService {
  constructor(
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    @InjectRepository(DossierFileEntity) private readonly files: Repository<DossierFileEntity>,
    private readonly accounts: AccountDirectory,
    private readonly access: DossierAccess,
    private readonly catalog: CatalogReader,
    private readonly uploads: DossierUploads,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  async save(user: AuthUser, input: SaveDossierInput): Promise<DossierEntity> {
    const existing = input.id ? await this.access.findOwned(user, input.id) : null;
    if (existing) this.checkEditable(existing, input);
    const procedure = await this.procedureFor(input.serviceId, existing);

    const fields = await this.catalog.getFormDefinition(procedure.id);
    this.validate(input, fields);
    const formData = this.formDataFrom(input.formData, fields, existing);
    assertStorable(formData);
    const applicant = await this.applicantFrom(user, input.applicant, existing);
    const components = await this.catalog.getComponents(procedure.id, { includeInactive: true });
    const { planned, removeIds } = await this.plan(input, components, existing);

    const stored = await this.uploads.storeAll(planned);
    const id = existing?.id ?? randomUUID();
    let removedKeys: string[] = [];
    try {
      removedKeys = await this.tx.run(async (em) => {
        const now = new Date();
        if (existing) {
          const updated = await em
            .createQueryBuilder()
            .update(DossierEntity)
            .set({
              applicant,
              // simple-json column: TypeORM's deep-partial type cannot describe an open record.
              formData: formData as never,
              updatedAt: now,
              version: () => 'version + 1',
            })
            .where('id = :id AND version = :version', { id, version: existing.version })
            .execute();
          if (!updated.affected) throw new DomainError(ErrorCode.STALE_DOSSIER);
        } else {
          const row: DossierEntity = {
            id,
            code: null,
            ownerId: user.id,
            serviceId: procedure.id,
            agencyId: procedure.agencyId,
            status: DossierStatus.DRAFT,
            applicant,
            formData,
            searchText: dossierSearchText(null, procedure),
            version: 1,
            createdAt: now,
            updatedAt: now,
            submittedAt: null,
            dueDate: null,
          };
          // simple-json columns: TypeORM's deep-partial insert type cannot describe open records.
          await em.insert(DossierEntity, row as never);
        }
        const removed = removeIds.length
          ? await em.findBy(DossierFileEntity, { id: In(removeIds), dossierId: id })
          : [];
        if (removed.length) await em.delete(DossierFileEntity, { id: In(removed.map((f) => f.id)) });
        if (stored.length)
          await em.insert(
            DossierFileEntity,
            stored.map((s) => dossierFileRow(id, s, 'ATTACHMENT', user.id, now)),
          );
        return removed.map((f) => f.storageKey);
      });
    } catch (error) {
      await this.uploads.remove(stored.map((s) => s.stored.key));
      throw error;
    }
    // Only once the rows are gone: a crash before this line leaves an orphan file, never a dangling row.
    await this.uploads.remove(removedKeys);
    return this.dossiers.findOneByOrFail({ id });
  }

  private checkEditable(existing: DossierEntity, input: SaveDossierInput): void {
    checkTransition(existing.status, DossierAction.EDIT);
    if (input.serviceId !== existing.serviceId) {
      throw DomainError.validation({ serviceId: 'Không thể đổi dịch vụ công của hồ sơ đã tạo.' });
    }
    if (input.expectedVersion === null || input.expectedVersion === undefined) {
      throw DomainError.validation({ expectedVersion: 'Thiếu phiên bản hồ sơ đang sửa.' });
    }
    if (input.expectedVersion !== existing.version) throw new DomainError(ErrorCode.STALE_DOSSIER);
  }

  private async procedureFor(
    serviceId: string,
    existing: DossierEntity | null,
  ): Promise<ServiceProcedureEntity> {
    const procedure = await this.catalog.getProcedure(serviceId, { includeInactive: true });
    if (!procedure) throw DomainError.notFound();
    // A procedure that stopped taking applications keeps its existing dossiers editable.
    if (!procedure.active && !existing) throw new DomainError(ErrorCode.SERVICE_INACTIVE);
    return procedure;
  }

  /** A draft may be incomplete: only what is filled in is checked, form and applicant together. */
  private validate(input: SaveDossierInput, fields: FormFieldDefinition[]): void {
    const { formData, applicant } = input;
    if (
      formData !== undefined &&
      formData !== null &&
      (typeof formData !== 'object' || Array.isArray(formData))
    ) {
      throw DomainError.validation({ formData: 'Dữ liệu form không hợp lệ.' });
    }
    const messages = {
      ...prefix('applicant', applicant ? validateApplicant(applicant, { partial: true }) : {}),
      ...prefix('formData', formData ? validateForm(fields, formData, { partial: true }) : {}),
    };
    if (Object.keys(messages).length) throw DomainError.validation(messages);
  }

  private formDataFrom(
    input: FormValues | null | undefined,
    fields: FormFieldDefinition[],
    existing: DossierEntity | null,
  ): FormValues {
    if (input === undefined || input === null) return existing?.formData ?? {};
    return cleanFormValues(fields, input);
  }

  private async applicantFrom(
    user: AuthUser,
    input: Partial<DossierApplicant> | null | undefined,
    existing: DossierEntity | null,
  ): Promise<DossierApplicant> {
    if (input) return cleanApplicant(input);
    if (existing) return existing.applicant;
    const profile = await this.accounts.profile(user.id);
    return cleanApplicant({
      fullName: profile?.fullName ?? user.fullName,
      citizenId: profile?.citizenId,
      dateOfBirth: profile?.dateOfBirth,
      gender: profile?.gender,
      phone: profile?.phone,
      email: profile?.email,
      provinceCode: profile?.provinceCode,
      commune: profile?.commune,
      street: profile?.street,
    });
  }

  /** Which uploads go to which component, and which existing files go away (all checked first). */
  private async plan(
    input: SaveDossierInput,
    components: DocumentComponentEntity[],
    existing: DossierEntity | null,
  ): Promise<{ planned: PlannedUpload[]; removeIds: string[] }> {
    const byId = new Map(components.map((c) => [c.id, c]));
    const planned: PlannedUpload[] = [];
    const removeIds: string[] = [];
    const removals: { id: string; componentId: string }[] = [];
    for (const entry of input.components ?? []) {
      const component = byId.get(entry.componentId);
      if (!component) {
        throw DomainError.validation({
          [`components.${entry.componentId}`]: 'Thành phần hồ sơ không thuộc thủ tục này.',
        });
      }
      if (!component.active && entry.newFiles?.length) {
        throw DomainError.validation({
          [`components.${entry.componentId}`]: 'Thành phần hồ sơ này không còn nhận tệp mới.',
        });
      }
      for (const upload of entry.newFiles ?? []) planned.push({ component, upload });
      for (const fileId of entry.removeFileIds ?? [])
        removals.push({ id: fileId, componentId: component.id });
    }
    const maxFiles = this.config.env.UPLOAD_MAX_FILES;
    if (planned.length > maxFiles) {
      throw new DomainError(
        ErrorCode.TOO_MANY_FILES,
        `Mỗi lần lưu chỉ được tải lên tối đa ${maxFiles} tệp tin.`,
        {
          maxFiles,
        },
      );
    }
    if (removals.length) {
      const own = existing ? await this.files.findBy({ dossierId: existing.id }) : [];
      const ownById = new Map(own.map((f) => [f.id, f]));
      for (const r of removals) {
        // Someone else's file id answers exactly like an unknown one.
        if (ownById.get(r.id)?.componentId !== r.componentId) throw DomainError.notFound();
        removeIds.push(r.id);
      }
    }
    return { planned, removeIds };
  }
}

/** The form data is kept as JSON in a TEXT column: 65,535 bytes on MySQL/MariaDB. */
export const MAX_FORM_DATA_BYTES = 65_535;

/**
 * Every value fits its field, but an administrator may give a form many long fields: refuse what
 * the column cannot hold (MySQL would fail with an internal error, SQLite would take anything).
 */
function assertStorable(formData: FormValues): void {
  if (Buffer.byteLength(JSON.stringify(formData), 'utf8') > MAX_FORM_DATA_BYTES) {
    throw DomainError.validation({
      formData: 'Dữ liệu form quá lớn để lưu; vui lòng rút gọn nội dung các trường văn bản dài.',
    });
  }
}

function prefix(scope: string, messages: Record<string, FieldIssue>): Record<string, FieldIssue> {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${scope}.${k}`, v]));
}
