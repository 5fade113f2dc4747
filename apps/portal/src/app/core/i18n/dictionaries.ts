import viCore from '../../../i18n/vi/core.json';
import viNotifications from '../../../i18n/vi/notifications.json';
import viShell from '../../../i18n/vi/shell.json';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Dictionary {
  [key: string]: string | Dictionary;
}

/**
 * The shell's text (header, footer, menus, notification bell, not-found page): the only Vietnamese
 * text in the initial bundle. English: dictionaries.en.ts, loaded on the first switch.
 */
export const SHELL_VI: Dictionary = { core: viCore, shell: viShell, notifications: viNotifications };

type JsonModule = Promise<{ default: Dictionary }>;

/**
 * Feature dictionaries: each loads with the routes that use it, never in the initial bundle.
 * How a feature registers its own (e.g. `catalogAdmin` for pages under /quan-tri):
 *  1. src/i18n/vi/<name>.json and src/i18n/en/<name>.json, same keys (translation-files.spec.ts);
 *  2. one line below: `<name>: { vi: () => import('…/vi/<name>.json'), en: () => import('…/en/<name>.json') }`
 *     (the spec fails for a translation file that is neither here nor in SHELL_VI);
 *  3. `canActivate: [withDictionaries('<name>')]` on the route whose pages use it: a top-level route in
 *     app.routes.ts, or a child route (e.g. in admin/admin.routes.ts). The guard waits for the file.
 *     A page visitors land on wraps its loader instead, `loadComponent: withTexts(['<name>'], () => import(…))`,
 *     so that text and code download together (app.routes.ts: home, dich-vu-cong).
 */
export const FEATURE_DICTIONARIES = {
  account: {
    vi: () => import('../../../i18n/vi/account.json'),
    en: () => import('../../../i18n/en/account.json'),
  },
  catalog: {
    vi: () => import('../../../i18n/vi/catalog.json'),
    en: () => import('../../../i18n/en/catalog.json'),
  },
  dossiers: {
    vi: () => import('../../../i18n/vi/dossiers.json'),
    en: () => import('../../../i18n/en/dossiers.json'),
  },
  officer: {
    vi: () => import('../../../i18n/vi/officer.json'),
    en: () => import('../../../i18n/en/officer.json'),
  },
  integration: {
    vi: () => import('../../../i18n/vi/integration.json'),
    en: () => import('../../../i18n/en/integration.json'),
  },
  admin: { vi: () => import('../../../i18n/vi/admin.json'), en: () => import('../../../i18n/en/admin.json') },
  catalogAdmin: {
    vi: () => import('../../../i18n/vi/catalog-admin.json'),
    en: () => import('../../../i18n/en/catalog-admin.json'),
  },
  privacy: {
    vi: () => import('../../../i18n/vi/privacy.json'),
    en: () => import('../../../i18n/en/privacy.json'),
  },
} satisfies Record<string, Record<Lang, () => JsonModule>>;

export type Feature = keyof typeof FEATURE_DICTIONARIES;

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
