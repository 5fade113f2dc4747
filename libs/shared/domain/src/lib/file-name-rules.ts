import { fieldIssue, FieldIssue } from './field-issues';

/**
 * Combining marks allowed in a row on one letter. Vietnamese needs two (ệ in NFD is e + U+0323 +
 * U+0302); a third leaves room for other scripts. Longer stacks ("Zalgo" text) overflow the lines
 * around the name in lists and e-mails and serve no real name.
 */
export const MAX_COMBINING_MARKS_PER_LETTER = 3;

/**
 * Unicode's Bidi_Control characters: U+202A–U+202E (embeddings, overrides), U+2066–U+2069
 * (isolates), U+200E/U+200F and U+061C (marks). A right-to-left override turns "hoa-don‮fdp.exe"
 * into what looks like "hoa-donexe.pdf" on screen.
 */
const BIDI_CONTROL = /\p{Bidi_Control}/u;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS_PER_LETTER + 1},}`, 'u');

/**
 * The file-name rule of every upload (dossier components, results, templates), shared by the API,
 * whatever storage driver keeps the bytes, and the portal, which checks before sending.
 */
export function validateFileName(name: string): FieldIssue | null {
  if (BIDI_CONTROL.test(name)) return fieldIssue('fileNameBidi');
  if (MARK_RUN.test(name.normalize('NFD'))) {
    return fieldIssue('fileNameMarks', { max: MAX_COMBINING_MARKS_PER_LETTER });
  }
  return null;
}
