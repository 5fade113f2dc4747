import { mailsTo } from './mail-capture';

/** The body of a raw (quoted-printable) mail as UTF-8 text. */
export function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Waits (up to `timeoutMs`) for a captured mail to `address` whose decoded text matches `pattern`
 * and gives the match; with no pattern, the first mail's text.
 */
export async function waitForMail(
  dir: string,
  address: string,
  pattern = /[\s\S]+/,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = pattern.exec(mailsTo(dir, address).map(decodeMail).join('\n'))?.[0];
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No e-mail to ${address} matching ${pattern}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
