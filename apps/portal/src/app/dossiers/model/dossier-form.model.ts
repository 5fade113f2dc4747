import { computed, signal } from '@angular/core';
import type {
  DossierFileFieldsFragment,
  DossierFullFragment,
  IntakeServiceFragment,
  SaveDossierMutationVariables,
} from '@dvc/portal/data-access';
import {
  APPLICANT_FIELDS,
  APPLICANT_KEYS,
  componentNeedsFile,
  DossierApplicant,
  FormFieldDefinition,
  fieldIssueMessage,
  validateApplicantField,
  FormValues,
  GENDER_LABELS,
  Gender,
  toFormFieldDefinition,
  validateFieldValue,
  validateFileName,
} from '@dvc/shared/domain';
import type { UiError } from '../../core/apollo/graphql-errors';
import type { Lang } from '../../core/i18n/dictionaries';
import type { PendingFile } from '../ui/component-files.component';
import { extensionAccepted } from './dossier-format';
import type { MultipartFile } from '../../core/apollo/multipart';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type SaveInput = SaveDossierMutationVariables['input'];

let nextKey = 0;

/**
 * The intake form's state: applicant, form values, files (attached, to remove, new) and errors.
 * Validation is the shared one (`validateFieldValue`), partial for a save, complete for sending.
 */
export class DossierFormModel {
  readonly applicant = signal<Record<string, string>>({});
  readonly formData = signal<FormValues>({});
  readonly existing = signal<DossierFileFieldsFragment[]>([]);
  readonly removed = signal<ReadonlySet<string>>(new Set());
  readonly pending = signal<PendingFile[]>([]);
  readonly errors = signal<Record<string, string>>({});
  readonly dirty = signal(false);

  readonly fields: FormFieldDefinition[];
  readonly applicantFields = computed(() => this.applicantDefinitions(this.lang()));

  constructor(
    readonly service: IntakeServiceFragment,
    private readonly lang: () => Lang,
    private readonly t: Translate,
  ) {
    this.fields = service.formFields.map(toFormFieldDefinition);
  }

  prefill(profile: Partial<Record<keyof DossierApplicant, string | null>> | null): void {
    this.applicant.set(Object.fromEntries(APPLICANT_KEYS.map((k) => [k, profile?.[k] ?? ''])));
  }

  /** Takes the dossier as the server has it (after a load or a save): nothing is unsaved. */
  loadFrom(dossier: DossierFullFragment): void {
    this.prefill(dossier.applicant);
    this.formData.set({ ...(dossier.formData ?? {}) });
    this.existing.set(dossier.files);
    this.removed.set(new Set());
    this.pending.set([]);
    this.dirty.set(false);
  }

  setApplicant(key: string, value: unknown): void {
    this.applicant.update((a) => ({ ...a, [key]: String(value ?? '') }));
    this.touch(`applicant.${key}`);
  }

  setField(key: string, value: unknown): void {
    this.formData.update((d) => ({ ...d, [key]: value }));
    this.touch(`formData.${key}`);
  }

  /** Adds chosen files, with a first check of type and size (the API checks the content). */
  addFiles(componentId: string, files: File[]): void {
    const component = this.service.components.find((c) => c.id === componentId);
    if (!component) return;
    const types = component.acceptedTypes.map((x) => x.toUpperCase()).join(', ');
    const added = files.map<PendingFile>((file) => {
      // The API's own file-name rule (bidirectional controls, stacked accents), in the UI language.
      const badName = validateFileName(file.name);
      return {
        key: `p${++nextKey}`,
        componentId,
        file,
        progress: null,
        error: badName
          ? fieldIssueMessage(badName, this.lang())
          : !extensionAccepted(file.name, component.acceptedTypes)
            ? this.t('dossiers.files.wrongType', { types })
            : file.size > component.maxSizeMb * 1024 * 1024
              ? this.t('dossiers.files.tooLarge', { size: component.maxSizeMb })
              : null,
      };
    });
    this.pending.update((p) => [...p, ...added]);
    this.dropError(`components.${componentId}`);
    this.dirty.set(true);
  }

  removePending(key: string): void {
    this.pending.update((p) => p.filter((f) => f.key !== key));
    this.dirty.set(true);
  }

  toggleExisting(fileId: string): void {
    this.removed.update((set) => {
      const next = new Set(set);
      if (!next.delete(fileId)) next.add(fileId);
      return next;
    });
    this.dirty.set(true);
  }

  filesOf(componentId: string): DossierFileFieldsFragment[] {
    return this.existing().filter((f) => f.componentId === componentId);
  }

  pendingOf(componentId: string): PendingFile[] {
    return this.pending().filter((f) => f.componentId === componentId);
  }

  clearFileError(key: string): void {
    this.pending.update((p) => p.map((f) => (f.key === key ? { ...f, error: null } : f)));
  }

  hasFileErrors(): boolean {
    return this.pending().some((f) => f.error);
  }

  setProgress(perFile: number[]): void {
    this.pending.update((p) => p.map((f, i) => ({ ...f, progress: perFile[i] ?? f.progress })));
  }

  /** Checks every field; a draft save passes `partial`. True when all is well. */
  validate(partial: boolean): boolean {
    const errors: Record<string, string> = {};
    for (const f of this.applicantFields()) {
      const e = validateApplicantField(f, this.applicant()[f.key], { partial });
      if (e) errors[`applicant.${f.key}`] = fieldIssueMessage(e, this.lang());
    }
    for (const f of this.fields) {
      const e = validateFieldValue(f, this.formData()[f.key], { partial });
      if (e) errors[`formData.${f.key}`] = fieldIssueMessage(e, this.lang());
    }
    if (!partial) {
      // The shared rule: a declaration the intake form fills in needs no file (unless it must be signed).
      for (const c of this.service.components.filter(componentNeedsFile)) {
        const kept = this.existing().filter((f) => f.componentId === c.id && !this.removed().has(f.id));
        const added = this.pending().filter((f) => f.componentId === c.id);
        if (kept.length + added.length === 0) errors[`components.${c.id}`] = this.t('dossiers.files.missing');
      }
    }
    this.errors.set(errors);
    return Object.keys(errors).length === 0;
  }

  /** Re-checks one field after it lost focus (only if it already had an error, or has a value). */
  validateOne(name: string): void {
    const [scope, key] = name.split('.') as ['applicant' | 'formData', string];
    const def = (scope === 'applicant' ? this.applicantFields() : this.fields).find((f) => f.key === key);
    if (!def) return;
    const value = scope === 'applicant' ? this.applicant()[key] : this.formData()[key];
    const e =
      scope === 'applicant'
        ? validateApplicantField(def, value, { partial: true })
        : validateFieldValue(def, value, { partial: true });
    this.errors.update((all) => {
      const next = { ...all };
      if (e) next[name] = fieldIssueMessage(e, this.lang());
      else delete next[name];
      return next;
    });
  }

  /**
   * saveDossier's input, with the new files in the order of the multipart parts. Only the components
   * with new files or removals are sent, and each file's path is numbered by its component's place in
   * that sent list (not in the service), so the multipart map always points into `input.components`.
   */
  buildInput(
    serviceId: string,
    id: string | null,
    version: number | null,
  ): { input: SaveInput; files: MultipartFile[] } {
    const files: MultipartFile[] = [];
    const ordered: PendingFile[] = [];
    const components: NonNullable<SaveInput['components']> = [];
    for (const c of this.service.components) {
      const mine = this.pending().filter((p) => p.componentId === c.id);
      const removeFileIds = this.existing()
        .filter((f) => f.componentId === c.id && this.removed().has(f.id))
        .map((f) => f.id);
      if (mine.length === 0 && removeFileIds.length === 0) continue;
      const index = components.length;
      mine.forEach((p, j) => {
        files.push({ path: `variables.input.components.${index}.newFiles.${j}`, file: p.file });
        ordered.push(p);
      });
      components.push({
        componentId: c.id,
        newFiles: mine.map(() => null as unknown as File),
        removeFileIds,
      });
    }
    const applicant = Object.fromEntries(
      APPLICANT_KEYS.map((k) => [k, (this.applicant()[k] ?? '').trim() || null]),
    ) as unknown as SaveInput['applicant'];
    // The pending files are sent in component order: keep the list in that order for progress.
    this.pending.set(ordered);
    return {
      input: {
        id,
        serviceId,
        expectedVersion: version,
        applicant,
        formData: this.formData(),
        components,
      },
      files,
    };
  }

  /** Puts an API error next to what it is about; answers the text for the page banner. */
  applyServerError(error: UiError): void {
    const ext = error.extensions;
    const fileName = typeof ext['fileName'] === 'string' ? ext['fileName'] : '';
    const componentId = typeof ext['componentId'] === 'string' ? ext['componentId'] : '';
    if (componentId && ['FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_FAILED'].includes(error.code)) {
      const inComponent = this.pending().filter((p) => p.componentId === componentId);
      const target = inComponent.find((p) => p.file.name === fileName) ?? inComponent[0];
      if (target) {
        this.pending.update((p) =>
          p.map((f) => (f === target ? { ...f, error: error.message, progress: null } : f)),
        );
      }
    }
    const errors: Record<string, string> = { ...error.fields };
    if (error.code === 'DOSSIER_INCOMPLETE') {
      const missing = Array.isArray(ext['missingComponents']) ? (ext['missingComponents'] as string[]) : [];
      for (const id of missing) errors[`components.${id}`] = this.t('dossiers.files.missing');
    }
    this.errors.update((all) => ({ ...all, ...errors }));
    this.pending.update((p) => p.map((f) => ({ ...f, progress: f.error ? null : f.progress })));
  }

  private touch(name: string): void {
    this.dirty.set(true);
    if (this.errors()[name]) this.validateOne(name);
  }

  private dropError(name: string): void {
    this.errors.update((all) => {
      if (!(name in all)) return all;
      const next = { ...all };
      delete next[name];
      return next;
    });
  }

  private applicantDefinitions(lang: Lang): FormFieldDefinition[] {
    return APPLICANT_FIELDS.map((f) => ({
      ...f,
      label: this.t(`dossiers.applicant.${f.key}`),
      options:
        f.key === 'gender'
          ? Object.entries(GENDER_LABELS).map(([value, l]) => ({ value: value as Gender, label: l[lang] }))
          : f.options,
    }));
  }
}
