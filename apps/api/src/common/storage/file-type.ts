/**
 * File types detected from content (magic bytes), never from the name or the client's MIME type.
 * A small module of our own rather than `file-type` (ESM-only): we only need the document and image
 * formats a dossier accepts, plus executables so they can be named in the refusal.
 */
export interface DetectedType {
  /** Short name as in DocumentComponent.acceptedTypes: pdf, jpg, png, docx, … */
  type: string;
  mime: string;
}

/** How many leading bytes the sniffer may look at (ZIP and OLE2 containers need more than a header). */
export const SNIFF_BYTES = 64 * 1024;

const T = {
  pdf: { type: 'pdf', mime: 'application/pdf' },
  png: { type: 'png', mime: 'image/png' },
  jpg: { type: 'jpg', mime: 'image/jpeg' },
  gif: { type: 'gif', mime: 'image/gif' },
  webp: { type: 'webp', mime: 'image/webp' },
  docx: { type: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { type: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { type: 'odt', mime: 'application/vnd.oasis.opendocument.text' },
  ods: { type: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  doc: { type: 'doc', mime: 'application/msword' },
  xls: { type: 'xls', mime: 'application/vnd.ms-excel' },
  pptx: {
    type: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  zip: { type: 'zip', mime: 'application/zip' },
  exe: { type: 'exe', mime: 'application/x-msdownload' },
  elf: { type: 'elf', mime: 'application/x-executable' },
} as const satisfies Record<string, DetectedType>;

/** Names people write for the same type. */
const ALIASES: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tif: 'tiff' };

export function normalizeTypeName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/^\./, '');
  return ALIASES[lower] ?? lower;
}

const startsWith = (buf: Buffer, bytes: number[], offset = 0) =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);

const ascii = (buf: Buffer, start: number, end: number) => buf.subarray(start, end).toString('latin1');

/**
 * Candidates for the content, best first: [] when unknown, several when the head cannot tell them
 * apart (an OLE2 file whose directory lies beyond the sniffed bytes may be .doc or .xls).
 * `complete` says `head` is the whole file, or SNIFF_BYTES of it: no more bytes will come.
 * Answers null while more bytes could still change the answer.
 */
export function detectFileType(head: Buffer, complete: boolean): DetectedType[] | null {
  if (head.length < 16 && !complete) return null;
  if (ascii(head, 0, 5) === '%PDF-') return [T.pdf];
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return [T.png];
  if (startsWith(head, [0xff, 0xd8, 0xff])) return [T.jpg];
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return [T.gif];
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return [T.webp];
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return [T.elf];
  if (ascii(head, 0, 2) === 'MZ') return [T.exe];
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return detectZip(head, complete);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectOle2(head, complete);
  return [];
}

/** OOXML and OpenDocument are ZIP archives; their entry names (stored uncompressed) tell them apart. */
function detectZip(head: Buffer, complete: boolean): DetectedType[] | null {
  // OpenDocument: the first entry is an uncompressed "mimetype" file holding the MIME type.
  if (ascii(head, 30, 38) === 'mimetype') {
    const mime = ascii(head, 38, 38 + 60);
    if (mime.startsWith(T.ods.mime)) return [T.ods];
    if (mime.startsWith(T.odt.mime)) return [T.odt];
  }
  let hasContentTypes = false;
  for (const name of zipEntryNames(head)) {
    if (name === '[Content_Types].xml') hasContentTypes = true;
    if (name.startsWith('word/')) return [T.docx];
    if (name.startsWith('xl/')) return [T.xlsx];
    if (name.startsWith('ppt/')) return [T.pptx];
  }
  if (!complete) return null;
  // An OOXML package whose parts lie beyond the sniffed bytes: one of the two, we cannot say which.
  return hasContentTypes ? [T.docx, T.xlsx] : [T.zip];
}

/** Names of the local file headers found in `head` (PK\x03\x04, name length at +26, name at +30). */
function* zipEntryNames(head: Buffer): Generator<string> {
  let at = head.indexOf('PK\x03\x04', 0, 'latin1');
  while (at >= 0 && at + 30 <= head.length) {
    const nameLength = head.readUInt16LE(at + 26);
    if (at + 30 + nameLength <= head.length) yield ascii(head, at + 30, at + 30 + nameLength);
    at = head.indexOf('PK\x03\x04', at + 4, 'latin1');
  }
}

/** Compound File Binary: look in the root directory for the stream that names the application. */
function detectOle2(head: Buffer, complete: boolean): DetectedType[] | null {
  if (head.length < 512) return complete ? [T.doc, T.xls] : null;
  const sectorSize = 1 << head.readUInt16LE(0x1e);
  const firstDirSector = head.readUInt32LE(0x30);
  const dirStart = (firstDirSector + 1) * sectorSize;
  if (dirStart + sectorSize > head.length) return complete || dirStart >= SNIFF_BYTES ? [T.doc, T.xls] : null;
  for (let entry = dirStart; entry + 128 <= dirStart + sectorSize; entry += 128) {
    const nameBytes = Math.min(head.readUInt16LE(entry + 0x40), 64);
    const name = head.subarray(entry, entry + Math.max(0, nameBytes - 2)).toString('utf16le');
    if (name === 'WordDocument') return [T.doc];
    if (name === 'Workbook' || name === 'Book') return [T.xls];
  }
  return [T.doc, T.xls];
}
