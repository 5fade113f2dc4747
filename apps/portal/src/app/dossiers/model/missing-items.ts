import type { DossierFullFragment, IntakeServiceFragment } from '@dvc/portal/data-access';
import {
  checkCompleteness,
  DossierApplicant,
  DossierCompleteness,
  toFormFieldDefinition,
} from '@dvc/shared/domain';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One thing a dossier lacks before it can be sent, with the id of the control that fixes it. */
export interface MissingItem {
  text: string;
  /** Element id on the intake form (`f-formData-destination`, `c-<componentId>-input`). */
  target: string;
}

/** Ids as the intake form's controls have them (core/ui form-field-input and component-files components). */
export const fieldTarget = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export const componentTarget = (componentId: string) => `c-${componentId}-input`;

/**
 * What is missing, as sentences with the procedure's labels: from DOSSIER_INCOMPLETE's extensions
 * or from `checkCompleteness` (same lists: field keys, `applicant.<key>`, component ids).
 */
export function missingItems(
  lists: Record<string, unknown> | DossierCompleteness,
  service: Pick<IntakeServiceFragment, 'formFields' | 'components'> | null | undefined,
  t: Translate,
): MissingItem[] {
  const source = lists as Record<string, unknown>;
  const list = (name: string) => (Array.isArray(source[name]) ? (source[name] as string[]) : []);
  const items: MissingItem[] = [];
  for (const key of list('missingApplicantFields')) {
    const bare = key.replace(/^applicant\./, '');
    items.push({
      text: t('dossiers.missing.applicant', { label: t(`dossiers.applicant.${bare}`) }),
      target: fieldTarget(`applicant.${bare}`),
    });
  }
  for (const key of list('missingFields')) {
    const label = service?.formFields.find((f) => f.key === key)?.label ?? key;
    items.push({ text: t('dossiers.missing.field', { label }), target: fieldTarget(`formData.${key}`) });
  }
  for (const id of list('missingComponents')) {
    const name = service?.components.find((c) => c.id === id)?.name ?? id;
    items.push({ text: t('dossiers.missing.component', { name }), target: componentTarget(id) });
  }
  return items;
}

/** The shared rule that submitDossier applies, run on a dossier as the portal has it. */
export function completenessOf(dossier: DossierFullFragment): DossierCompleteness {
  const fileCountByComponent: Record<string, number> = {};
  for (const f of dossier.files)
    fileCountByComponent[f.componentId] = (fileCountByComponent[f.componentId] ?? 0) + 1;
  const applicant = Object.fromEntries(
    Object.entries(dossier.applicant ?? {}).filter(([k, v]) => k !== '__typename' && v !== null),
  ) as Partial<DossierApplicant>;
  return checkCompleteness({
    fields: dossier.service.formFields.map(toFormFieldDefinition),
    formData: dossier.formData ?? {},
    applicant,
    components: dossier.service.components,
    fileCountByComponent,
  });
}

/**
 * Moves focus to a control named by a MissingItem (after the form has drawn). An address field has
 * no element of its own id: its first part (province) takes the focus.
 */
export function focusTarget(doc: Document, target: string): boolean {
  const el = doc.getElementById(target) ?? doc.getElementById(`${target}-province`);
  if (!el) return false;
  (el.closest('.component, .field') ?? el).scrollIntoView?.({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}
