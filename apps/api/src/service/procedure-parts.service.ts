import { Injectable } from '@nestjs/common';
import { AuditTarget } from '../audit/audit-log';
import { auditedSave } from '../audit/audited-save';
import {
  checkComponent,
  checkFormFieldDefinition,
  checkFormFieldInput,
  cleanOption,
  FormFieldType,
  InputChecker,
} from '@dvc/shared/domain';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../common/database/unique-violation';
import { assertChecked } from './catalog-validation';
import { CreateDocumentComponentInput, UpdateDocumentComponentInput } from './dto/component.input';
import { CreateFormFieldInput, UpdateFormFieldInput } from './dto/form-field.input';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { TransactionRunner } from '../common/database/transaction-runner';

const KEY_TAKEN = 'Khóa này đã có trong form của thủ tục (kể cả trường đã ngừng sử dụng).';
const LENGTH_TYPES: readonly FormFieldType[] = ['TEXT', 'TEXTAREA', 'EMAIL'];

/** Administration of a procedure's document components and intake form fields. */
@Injectable()
export class ProcedurePartsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  createComponent(
    procedureId: string,
    input: CreateDocumentComponentInput,
  ): Promise<DocumentComponentEntity> {
    return this.tx.run(async (em) => {
      await findProcedure(em, procedureId);
      const component = em.create(DocumentComponentEntity, {
        procedureId,
        position: input.position ?? (await nextPosition(em, DocumentComponentEntity, procedureId)),
        active: true,
        templateKey: null,
        templateName: null,
        templateMimeType: null,
        templateSize: null,
        templateGenerated: false,
        templateFingerprint: null,
      });
      this.applyComponent(component, input, true);
      return auditedSave(em, AuditTarget.COMPONENT, component, null);
    });
  }

  updateComponent(id: string, input: UpdateDocumentComponentInput): Promise<DocumentComponentEntity> {
    return this.tx.run(async (em) => {
      const component = await em.findOneBy(DocumentComponentEntity, { id });
      if (!component) throw DomainError.notFound();
      const before = { ...component };
      this.applyComponent(component, input, false);
      if (input.active !== undefined && input.active !== null) component.active = input.active;
      return auditedSave(em, AuditTarget.COMPONENT, component, before);
    });
  }

  deactivateComponent(id: string): Promise<DocumentComponentEntity> {
    return this.updateComponent(id, { active: false });
  }

  createFormField(procedureId: string, input: CreateFormFieldInput): Promise<FormFieldEntity> {
    return this.saveField(async (em) => {
      await findProcedure(em, procedureId);
      const field = em.create(FormFieldEntity, {
        procedureId,
        position: input.position ?? (await nextPosition(em, FormFieldEntity, procedureId)),
        active: true,
        help: null,
        options: null,
        minLength: null,
        maxLength: null,
        min: null,
        max: null,
        pattern: null,
      });
      applyField(field, input, true);
      await assertKeyFree(em, field);
      return auditedSave(em, AuditTarget.FORM_FIELD, field, null);
    });
  }

  updateFormField(id: string, input: UpdateFormFieldInput): Promise<FormFieldEntity> {
    return this.saveField(async (em) => {
      const field = await em.findOneBy(FormFieldEntity, { id });
      if (!field) throw DomainError.notFound();
      const before = { ...field };
      const oldKey = field.key;
      applyField(field, input, false);
      if (field.key !== oldKey) await assertKeyFree(em, field);
      if (input.active !== undefined && input.active !== null) field.active = input.active;
      return auditedSave(em, AuditTarget.FORM_FIELD, field, before);
    });
  }

  deactivateFormField(id: string): Promise<FormFieldEntity> {
    return this.updateFormField(id, { active: false });
  }

  private saveField(work: (em: EntityManager) => Promise<FormFieldEntity>): Promise<FormFieldEntity> {
    return this.tx.run(work).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw DomainError.validation({ key: KEY_TAKEN });
      throw error;
    });
  }

  private applyComponent(
    c: DocumentComponentEntity,
    input: UpdateDocumentComponentInput,
    creating: boolean,
  ): void {
    const check = new InputChecker();
    const { name, description, acceptedTypes } = checkComponent(
      check,
      input,
      creating,
      this.config.env.UPLOAD_MAX_FILE_MB,
    );
    assertChecked(check);
    if (name !== undefined) c.name = name;
    if (description !== undefined || creating) c.description = description ?? c.description ?? '';
    if (isSet(input.required)) c.required = input.required;
    if (isSet(input.originals)) c.originals = input.originals;
    if (isSet(input.copies)) c.copies = input.copies;
    if (isSet(input.position)) c.position = input.position;
    if (acceptedTypes) c.acceptedTypes = acceptedTypes;
    if (isSet(input.maxSizeMb)) c.maxSizeMb = input.maxSizeMb;
    if (c.originals + c.copies === 0) {
      throw DomainError.validation({ originals: 'Cần ít nhất một bản chính hoặc bản sao.' });
    }
    applyDeclarationFlags(c, input);
  }
}

/** A signature is only ever required of a declaration; no longer a declaration, no signature flag. */
function applyDeclarationFlags(c: DocumentComponentEntity, input: UpdateDocumentComponentInput): void {
  if (isSet(input.isDeclaration)) c.isDeclaration = input.isDeclaration;
  if (isSet(input.requiresSignature)) c.requiresSignature = input.requiresSignature;
  else if (input.isDeclaration === false) c.requiresSignature = false;
  if (c.requiresSignature && !c.isDeclaration) {
    throw DomainError.validation({
      requiresSignature: 'Chỉ tờ khai của thủ tục (isDeclaration) mới có thể yêu cầu chữ ký.',
    });
  }
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

async function findProcedure(em: EntityManager, id: string): Promise<ServiceProcedureEntity> {
  const procedure = await em.findOneBy(ServiceProcedureEntity, { id });
  if (!procedure) throw DomainError.notFound();
  return procedure;
}

async function nextPosition(
  em: EntityManager,
  entity: typeof DocumentComponentEntity | typeof FormFieldEntity,
  procedureId: string,
): Promise<number> {
  const row = await em
    .createQueryBuilder(entity, 'x')
    .select('MAX(x.position)', 'max')
    .where('x.procedure_id = :procedureId', { procedureId })
    .getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0) + 1;
}

async function assertKeyFree(em: EntityManager, field: FormFieldEntity): Promise<void> {
  const same = await em.findOneBy(FormFieldEntity, { procedureId: field.procedureId, key: field.key });
  if (same && same.id !== field.id) throw DomainError.validation({ key: KEY_TAKEN });
}

/** Validates an intake-form field definition (what `validateFieldValue` will later rely on). */
function applyField(f: FormFieldEntity, input: UpdateFormFieldInput, creating: boolean): void {
  const check = new InputChecker();
  const { key, label, help } = checkFormFieldInput(check, input, creating);
  assertChecked(check);

  if (key !== undefined) f.key = key;
  if (label !== undefined) f.label = label;
  if (help !== undefined) f.help = help || null;
  if (input.type) f.type = input.type;
  if (isSet(input.required)) f.required = input.required;
  if (isSet(input.position)) f.position = input.position;
  if (input.options !== undefined) f.options = input.options ? input.options.map(cleanOption) : null;
  if (input.minLength !== undefined) f.minLength = input.minLength;
  if (input.maxLength !== undefined) f.maxLength = input.maxLength;
  if (input.min !== undefined) f.min = input.min;
  if (input.max !== undefined) f.max = input.max;
  if (input.pattern !== undefined) f.pattern = input.pattern || null;

  // Constraints that only make sense for some types are dropped, so the definition stays coherent.
  if (f.type !== FormFieldType.SELECT) f.options = null;
  if (!LENGTH_TYPES.includes(f.type)) {
    f.minLength = null;
    f.maxLength = null;
  }
  if (f.type !== 'TEXT' && f.type !== 'TEXTAREA') f.pattern = null;
  if (f.type !== 'NUMBER') {
    f.min = null;
    f.max = null;
  }
  const after = new InputChecker();
  checkFormFieldDefinition(after, f);
  assertChecked(after);
}
