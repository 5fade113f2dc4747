import type { DossierFullFragment } from '@dvc/portal/data-access';
import {
  APPLICANT_KEYS,
  findProvince,
  FormFieldDefinition,
  Gender,
  GENDER_LABELS,
  toFormFieldDefinition,
} from '@dvc/shared/domain';
import type { Lang } from '../../core/i18n/dictionaries';
import type { I18nService } from '../../core/i18n/i18n.service';
import { isoDateToDisplay } from '@dvc/shared/domain';
import { fieldValueText } from '../model/dossier-format';

/**
 * What a dossier page prints, shared by the citizen's detail page and the officer's review page:
 * the applicant, the intake-form values with their labels, and the files of each component.
 */
export function applicantRows(d: DossierFullFragment, i18n: Pick<I18nService, 't' | 'lang'>) {
  const lang = i18n.lang();
  return APPLICANT_KEYS.map((key) => {
    const raw = d.applicant[key];
    let value = raw ?? '';
    if (key === 'dateOfBirth') value = isoDateToDisplay(raw);
    if (key === 'gender' && raw) value = GENDER_LABELS[raw as Gender]?.[lang] ?? raw;
    if (key === 'provinceCode' && raw) value = findProvince(raw)?.name ?? raw;
    return { key, label: i18n.t(`dossiers.applicant.${key}`), value };
  }).filter((r) => r.value);
}

type LiveComponent = DossierFullFragment['service']['components'][number];
type SnapshotComponent = Pick<
  LiveComponent,
  | 'id'
  | 'position'
  | 'name'
  | 'description'
  | 'required'
  | 'originals'
  | 'copies'
  | 'acceptedTypes'
  | 'maxSizeMb'
>;

/**
 * The form definition a dossier is shown against: for a sent dossier, the one it was filled
 * against (`formSnapshot`, taken at its first submission), so later edits of the procedure (a
 * renamed, moved or retired field) never change what it says; for a draft, the live procedure's.
 */
export function formDefinition(d: DossierFullFragment): FormFieldDefinition[] {
  const snapshot = d.formSnapshot?.fields as unknown;
  if (Array.isArray(snapshot)) return snapshot as FormFieldDefinition[];
  return d.service.formFields.map(toFormFieldDefinition);
}

/** The filled-in fields, plus those `keep` names even when empty (e.g. a field with a comment). */
export function formRows(d: DossierFullFragment, lang: Lang, keep: (key: string) => boolean = () => false) {
  return formDefinition(d)
    .map((f) => ({ key: f.key, label: f.label, value: fieldValueText(f, d.formData[f.key], lang) }))
    .filter((r) => r.value || keep(r.key));
}

/**
 * The document components with their files: a sent dossier's from its snapshot (a component
 * retired since still shows its files), completed by the live component's template and flags.
 */
export function componentRows(d: DossierFullFragment) {
  const snapshot = d.formSnapshot?.components as unknown;
  const live = new Map(d.service.components.map((c) => [c.id, c]));
  const components: LiveComponent[] = Array.isArray(snapshot)
    ? (snapshot as SnapshotComponent[]).map((c) => ({
        isDeclaration: false,
        requiresSignature: false,
        template: null,
        ...live.get(c.id),
        ...c,
      }))
    : d.service.components;
  return components.map((c) => ({ ...c, files: d.files.filter((f) => f.componentId === c.id) }));
}

export interface SupplementComments {
  byComponent: ReadonlyMap<string, string>;
  byField: ReadonlyMap<string, string>;
}

/** An open supplement request's comments, keyed by what they are about (several on one item are joined). */
export function supplementComments(
  request:
    | {
        resolvedAt: string | null;
        items: readonly { componentId: string | null; fieldKey: string | null; comment: string }[];
      }
    | null
    | undefined,
): SupplementComments {
  const byComponent = new Map<string, string>();
  const byField = new Map<string, string>();
  if (request && !request.resolvedAt) {
    for (const item of request.items) {
      const add = (map: Map<string, string>, key: string) =>
        map.set(key, map.has(key) ? `${map.get(key)} ${item.comment}` : item.comment);
      if (item.componentId) add(byComponent, item.componentId);
      if (item.fieldKey) add(byField, item.fieldKey);
    }
  }
  return { byComponent, byField };
}
