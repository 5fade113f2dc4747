import { inflateSync } from 'node:zlib';

/** What a test can read back from a PDF that pdfkit wrote. */
export interface PdfText {
  pages: number;
  /** One string per text run (pdfkit writes one run per line or fragment), in drawing order. */
  runs: string[];
  /** All runs joined with newlines. */
  text: string;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/**
 * A small reader for pdfkit's own output (enough for assertions, not a general PDF parser): objects,
 * Flate streams, page count, and the text of each page decoded through the fonts' ToUnicode maps, so
 * glyph ids of the embedded subset fonts read back as the Vietnamese text that was drawn.
 */
export function readPdfText(pdf: Buffer): PdfText {
  const objects = parseObjects(pdf);
  const ref = (dict: string, key: string): PdfObject | undefined => {
    const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    return m ? objects.get(Number(m[1])) : undefined;
  };
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  const runs: string[] = [];
  for (const page of pages) {
    const resources = ref(page.dict, 'Resources')?.dict ?? page.dict;
    const fonts = new Map<string, Map<number, string>>();
    for (const m of resources.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(Number(m[2]))?.dict ?? '', 'ToUnicode');
      fonts.set(m[1], parseCMap(toUnicode?.stream?.toString('latin1') ?? ''));
    }
    const content = ref(page.dict, 'Contents')?.stream?.toString('latin1') ?? '';
    let cmap = new Map<number, string>();
    for (const op of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) cmap = fonts.get(op[1]) ?? new Map();
      else {
        const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [op[3]];
        runs.push(hex.map((h) => decodeHex(h, cmap)).join(''));
      }
    }
  }
  return { pages: pages.length, runs, text: runs.join('\n') };
}

/** The document information dictionary's Title (a string object, UTF-16BE with a BOM when not ASCII). */
export function readPdfTitle(pdf: Buffer): string | null {
  const m = /\/Title (\d+) 0 R/.exec(pdf.toString('latin1'));
  const body = m ? parseObjects(pdf).get(Number(m[1]))?.dict.trim() : undefined;
  if (!body) return null;
  let bytes: Buffer;
  if (body.startsWith('<')) bytes = Buffer.from(body.slice(1, -1), 'hex');
  else {
    const literal = body
      .slice(1, -1)
      .replace(/\\([0-7]{1,3}|.)/g, (_, e: string) =>
        /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t' }[e] ?? e),
      );
    bytes = Buffer.from(literal, 'latin1');
  }
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
    : bytes.toString('latin1');
}

/**
 * Objects by number. A stream is read by its /Length, not up to the next "endobj": compressed bytes
 * can contain "\nendobj" by chance (it depends on the dates and codes drawn), which cut streams short.
 */
function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\r?\n/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const from = m.index + m[0].length;
    const streamAt = raw.indexOf('stream\n', from);
    const endAt = raw.indexOf('\nendobj', from);
    if (streamAt < 0 || (endAt >= 0 && endAt < streamAt)) {
      objects.set(Number(m[1]), { dict: raw.slice(from, endAt < 0 ? undefined : endAt), stream: null });
      continue;
    }
    const dict = raw.slice(from, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
    if (!Number.isInteger(length)) throw new Error(`PDF object ${m[1]}: stream without a /Length`);
    const dataAt = streamAt + 'stream\n'.length;
    const data = pdf.subarray(dataAt, dataAt + length);
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(data) : data });
    header.lastIndex = dataAt + length;
  }
  return objects;
}

/** bfrange entries `<lo> <hi> [<u1> <u2> …]` or `<lo> <hi> <u>`, and bfchar `<code> <u>`. */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> (\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
    const lo = parseInt(m[1], 16);
    if (m[3].startsWith('[')) {
      // An entry may hold several code points: <0075 0301>.
      [...m[3].matchAll(/<([0-9a-fA-F ]+)>/g)].forEach((u, i) =>
        map.set(lo + i, utf16(u[1].replace(/ /g, ''))),
      );
    } else {
      const base = parseInt(m[3].slice(1, -1), 16);
      for (let c = lo; c <= parseInt(m[2], 16); c++) map.set(c, String.fromCharCode(base + c - lo));
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(m[1], 16), utf16(m[2]));
    }
  }
  return map;
}

function decodeHex(hex: string, cmap: Map<number, string>): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
  return out;
}
