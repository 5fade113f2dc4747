import viAccount from '../../../i18n/vi/account.json';
import viCatalog from '../../../i18n/vi/catalog.json';
import viCore from '../../../i18n/vi/core.json';
import viDossiers from '../../../i18n/vi/dossiers.json';
import viNotifications from '../../../i18n/vi/notifications.json';
import viOfficer from '../../../i18n/vi/officer.json';
import viIntegration from '../../../i18n/vi/integration.json';
import viAdmin from '../../../i18n/vi/admin.json';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Dictionary {
  [key: string]: string | Dictionary;
}

/** Vietnamese is the default language and ships in the main bundle; one file per feature. */
export const VI: Dictionary = {
  core: viCore,
  account: viAccount,
  catalog: viCatalog,
  dossiers: viDossiers,
  officer: viOfficer,
  notifications: viNotifications,
  integration: viIntegration,
  admin: viAdmin,
};

export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  if (lang === 'vi') return VI;
  return (await import('./dictionaries.en')).EN;
}

/** { a: { b: 'x' } } → Map { 'a.b' => 'x' } */
export function flatten(
  dict: Dictionary,
  prefix = '',
  into = new Map<string, string>(),
): Map<string, string> {
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}
