import type { IntakeServiceFragment } from '@dvc/portal/data-access';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** DOSSIER_INCOMPLETE's lists (field keys, applicant keys, component ids) as sentences to show. */
export function missingItems(
  extensions: Record<string, unknown>,
  service: Pick<IntakeServiceFragment, 'formFields' | 'components'> | null | undefined,
  t: Translate,
): string[] {
  const list = (name: string) => (Array.isArray(extensions[name]) ? (extensions[name] as string[]) : []);
  const items: string[] = [];
  for (const key of list('missingApplicantFields')) {
    const bare = key.replace(/^applicant\./, '');
    items.push(t('dossiers.missing.applicant', { label: t(`dossiers.applicant.${bare}`) }));
  }
  for (const key of list('missingFields')) {
    const label = service?.formFields.find((f) => f.key === key)?.label ?? key;
    items.push(t('dossiers.missing.field', { label }));
  }
  for (const id of list('missingComponents')) {
    const name = service?.components.find((c) => c.id === id)?.name ?? id;
    items.push(t('dossiers.missing.component', { name }));
  }
  return items;
}
