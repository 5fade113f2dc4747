import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { Dictionary, Feature, FEATURE_DICTIONARIES, flatten, Lang, LANGS, SHELL_VI } from './dictionaries';

const STORAGE_KEY = 'dvc.lang';

/**
 * The text loaded so far, per language. Module state on purpose: the files are code chunks, loaded
 * once per page whatever injector asks. Vietnamese starts with the shell; features join as routes need them.
 */
const texts = signal<Partial<Record<Lang, Map<string, string>>>>({ vi: flatten(SHELL_VI) });
/** Features the visited pages needed: loaded again in a language the user switches to. */
const wanted = new Set<Feature>();
const loading = new Map<string, Promise<void>>();

function loadPart(lang: Lang, name: string, fetch: () => Promise<Dictionary>): Promise<void> {
  const id = `${lang}:${name}`;
  let done = loading.get(id);
  if (!done) {
    done = fetch().then((dict) =>
      texts.update((all) => ({ ...all, [lang]: flatten(dict, '', new Map(all[lang])) })),
    );
    // A chunk that failed (offline, a new deployment) is asked for again next time.
    done.catch(() => loading.delete(id));
    loading.set(id, done);
  }
  return done;
}

/** Loads the shell's text and every wanted feature's (plus `features`) in `lang`. */
export function loadTexts(lang: Lang, features: readonly Feature[] = []): Promise<void> {
  for (const feature of features) wanted.add(feature);
  const parts = [...wanted].map((feature) =>
    loadPart(lang, feature, async () => ({
      [feature]: (await FEATURE_DICTIONARIES[feature][lang]()).default,
    })),
  );
  if (lang !== 'vi')
    parts.push(loadPart(lang, 'shell', async () => (await import('./dictionaries.en')).EN_SHELL));
  return Promise.all(parts).then(() => undefined);
}

/**
 * Route guard: the pages below use these features' text; the navigation waits for it (in the
 * current language). See dictionaries.ts for how a feature registers its dictionary.
 */
export function withDictionaries(...features: Feature[]): CanActivateFn {
  return () =>
    inject(I18nService)
      .use(features)
      .then(() => true);
}

/**
 * For a landing page's `loadComponent` / `loadChildren`: its code and its dictionaries download
 * together (a `withDictionaries` guard fetches the text first, then the page: one round trip more
 * before the page's first paint). Runs in the route's injection context, as the router calls it.
 */
export function withTexts<T>(features: readonly Feature[], load: () => Promise<T>): () => Promise<T> {
  return () => {
    const texts = inject(I18nService).use(features);
    return Promise.all([load(), texts]).then(([loaded]) => loaded);
  };
}

/**
 * UI text from translation files (src/i18n/<lang>/<feature>.json). The shell's Vietnamese text is
 * bundled; features' text loads with their routes, English on first switch. The choice persists in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);

  readonly lang = signal<Lang>(this.storedLang());
  /** Counts the user's switches: only the last one started may land. */
  private switches = 0;

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang;
      try {
        // Written only when it changes: the first write of a visit is a slow storage access.
        if (localStorage.getItem(STORAGE_KEY) !== lang) localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      // Offline: the Vietnamese text already loaded stays on screen (see t), the next switch retries.
      loadTexts(lang).catch(() => undefined);
    });
  }

  /** Looks up a key such as 'account.login.title'; `{name}` placeholders are filled from params. */
  t(key: string, params?: Record<string, string | number | null | undefined>): string {
    const all = texts();
    const text = all[this.lang()]?.get(key) ?? all.vi?.get(key) ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] ?? m).toString());
  }

  setLang(lang: Lang): void {
    if (LANGS.includes(lang)) this.lang.set(lang);
  }

  /**
   * The user's switch: the page changes language once that language's text (shell and the visited
   * features) is here, all at once, never half in each. A later switch wins over one still loading;
   * offline, it switches anyway (the Vietnamese text stands in, see t).
   */
  async switchTo(lang: Lang): Promise<void> {
    if (!LANGS.includes(lang)) return;
    const ticket = ++this.switches;
    await loadTexts(lang).catch(() => undefined);
    if (ticket === this.switches) this.lang.set(lang);
  }

  /** Loads these features' text in the current language (and in any language switched to later). */
  use(features: readonly Feature[]): Promise<void> {
    return loadTexts(this.lang(), features);
  }

  private storedLang(): Lang {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored && (LANGS as readonly string[]).includes(stored)) return stored as Lang;
    } catch {
      // ignore
    }
    return 'vi';
  }
}
