import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_DICTIONARIES, SHELL_VI } from './dictionaries';

/**
 * Guard rail: the Vietnamese and English translation files have the same files and the same keys,
 * so no page shows a raw key in one language. Placeholders ({name}) must match too.
 */
const ROOT = join(__dirname, '../../../i18n');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const read = (lang: string, file: string) =>
  leaves(JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const files = readdirSync(join(ROOT, 'vi')).filter((f) => f.endsWith('.json'));

  it('exist in both languages', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(
      readdirSync(join(ROOT, 'en'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
  });

  it('are each the shell (initial bundle) or a feature dictionary loaded with its routes', () => {
    // SHELL_VI and FEATURE_DICTIONARIES (vi), dictionaries.en.ts and FEATURE_DICTIONARIES (en).
    const source = (file: string) => readFileSync(join(__dirname, file), 'utf8');
    const vi = source('dictionaries.ts');
    const en = vi + source('dictionaries.en.ts');
    const missing = files.flatMap((f) => [
      ...(vi.includes(`i18n/vi/${f}'`) ? [] : [`vi/${f}`]),
      ...(en.includes(`i18n/en/${f}'`) ? [] : [`en/${f}`]),
    ]);
    expect(missing).toEqual([]);
    expect(Object.keys(SHELL_VI).length + Object.keys(FEATURE_DICTIONARIES).length).toBe(files.length);
  });

  it.each(files)('%s: same keys and placeholders in vi and en, no empty text', (file) => {
    const vi = read('vi', file);
    const en = read('en', file);
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, text] of vi) {
      expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
      expect({ key, placeholders: placeholders(en.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});

describe('initial bundle text', () => {
  /** The shell's components are in the initial bundle, so their text must be too. */
  const SHELL_DIRS = [join(__dirname, '../shell'), join(__dirname, '../../notifications')];

  it('covers every key the shell components use', () => {
    const shell = leaves(SHELL_VI as Tree);
    const used = SHELL_DIRS.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(ts|html)$/.test(f) && !f.endsWith('.spec.ts'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/'([a-z]+\.[\w.]+)'\s*\|\s*t\b/g)])
        .map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !shell.has(key))).toEqual([]);
  });
});
