import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';
import { Dictionary, flatten, Lang, LANGS, loadDictionary, VI } from './dictionaries';

const STORAGE_KEY = 'dvc.lang';

/**
 * UI text from translation files (src/i18n/<lang>/<feature>.json). Vietnamese is bundled and the
 * default; English is loaded on first switch. The choice persists in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = signal<Partial<Record<Lang, Map<string, string>>>>({ vi: flatten(VI) });

  readonly lang = signal<Lang>(this.storedLang());

  constructor() {
    effect(() => {
      const lang = this.lang();
      this.document.documentElement.lang = lang;
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      if (!this.dictionaries()[lang]) void this.load(lang);
    });
  }

  /** Looks up a key such as 'account.login.title'; `{name}` placeholders are filled from params. */
  t(key: string, params?: Record<string, string | number | null | undefined>): string {
    const dicts = this.dictionaries();
    const text = dicts[this.lang()]?.get(key) ?? dicts.vi?.get(key) ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] ?? m).toString());
  }

  setLang(lang: Lang): void {
    if (LANGS.includes(lang)) this.lang.set(lang);
  }

  private async load(lang: Lang): Promise<void> {
    const dict: Dictionary = await loadDictionary(lang);
    this.dictionaries.update((all) => ({ ...all, [lang]: flatten(dict) }));
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
