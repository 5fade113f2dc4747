import { create, Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FormFonts {
  regular: Font;
  bold: Font;
}

let loaded: FormFonts | null = null;

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`): every Vietnamese letter with its tone marks, precomposed and
 * combining, and the ☐/☒ boxes. Parsed once per process: pdfkit would otherwise parse each 750 kB
 * file for every document (about 50 ms each); with the parsed fonts a form takes 10–20 ms.
 */
export function formFonts(): FormFonts {
  if (!loaded) {
    // Resolved like a require from this file, so it works from the sources (jest) and from the
    // webpack bundle in dist/ alike (node_modules is external there).
    const dir = join(dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    loaded = {
      regular: warm(create(readFileSync(join(dir, 'DejaVuSans.ttf')))),
      bold: warm(create(readFileSync(join(dir, 'DejaVuSans-Bold.ttf')))),
    };
  }
  return loaded;
}

/** Latin, Vietnamese (precomposed and combining marks), punctuation, the ☐/☒ boxes. */
const TEXT_RANGES: readonly [number, number][] = [
  [0x20, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x2610, 0x2612],
];

/**
 * fontkit caches a glyph with the characters it was first seen with. A shared font whose glyph was
 * first met as a component of a composite one (ù = u + grave, while a subset was written) would keep
 * no characters, and every later PDF would map that glyph to nothing in its ToUnicode table (text
 * copied or searched from the PDF loses the letter). Meeting every text character first prevents it.
 */
function warm(font: Font): Font {
  const text = TEXT_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  ).join('');
  font.glyphsForString(text);
  return font;
}
