import { createHash } from 'node:crypto';
import { exeBytes, pdfBytes, pngBytes } from './fixtures/files';
import { countRows, storedFiles } from './support/dossier-fixtures';
import {
  act,
  codeOf,
  createWorld,
  DOSSIER_FULL,
  dossierIn,
  dossierOf,
  ProcessedDossier,
  ProcessingWorld,
  RATE_DOSSIER,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MB = 1024 * 1024;

/** completeDossier's result files (storage, download rights, refusals) and the citizen's rating. */
describe('results and ratings', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  beforeAll(async () => {
    // A global upload cap above the result's own 20 MB, so that the result rule is the one tested.
    t = await createTestApp({
      SEED_ON_START: 'false',
      RATE_LIMIT_DISABLED: 'true',
      UPLOAD_MAX_FILE_MB: '25',
    });
    w = await createWorld(t);
  });
  afterAll(() => t?.close());

  describe('result files', () => {
    const pdf = pdfBytes(50_000);
    const png = pngBytes(4096);
    let completed: ProcessedDossier;

    beforeAll(async () => {
      const inProgress = await dossierIn(w, 'IN_PROGRESS');
      completed = dossierOf(
        await act(w.officer, 'completeDossier', inProgress, w.proc, { note: 'Đã ký số' }, [
          { name: 'giay-khai-sinh.pdf', content: pdf, type: 'application/pdf' },
          { name: 'ban-chup.png', content: png, type: 'image/png' },
        ]),
      );
    });

    it('gives the citizen the result: note, date, officer and files, apart from their own files', async () => {
      const seen = dossierOf(await w.owner.gql(DOSSIER_FULL, { id: completed.id }));
      expect(seen.status).toBe('COMPLETED');
      expect(seen.result).toMatchObject({ note: 'Đã ký số', officerName: 'Trần Thị Bình' });
      expect(Date.parse(seen.result!.issuedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(seen.result!.files.map((f) => [f.fileName, f.mimeType, f.size, f.sha256])).toEqual([
        // Issued together: by name.
        ['ban-chup.png', 'image/png', png.length, sha(png)],
        ['giay-khai-sinh.pdf', 'application/pdf', pdf.length, sha(pdf)],
      ]);
      // The citizen's files stay the citizen's: the result is not one of them.
      expect(seen.files.map((f) => f.fileName)).toEqual(['to-khai.pdf']);
    });

    it('lets the owner and the agency officers download the bytes, and nobody else', async () => {
      const file = completed.result!.files.find((f) => f.fileName.endsWith('.pdf'))!;
      for (const client of [w.owner, w.officer]) {
        const res = await client.fetch(file.downloadUrl);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toContain('attachment');
        expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
      }
      for (const client of [w.otherCitizen, w.otherOfficer, w.admin, t.client()]) {
        const res = await client.fetch(file.downloadUrl);
        expect(res.status).toBe(
          client === w.otherCitizen || client === w.otherOfficer || client === w.admin ? 404 : 401,
        );
        expect(Buffer.from(await res.arrayBuffer()).includes(pdf.subarray(0, 64))).toBe(false);
      }
    });

    it('checks every file by content and size, and stores nothing when one fails', async () => {
      const inProgress = await dossierIn(w, 'IN_PROGRESS');
      const files = (await storedFiles(t)).length;
      const rows = await countRows(t, 'dossier_files');
      const refused = async (list: { name: string; content: Buffer; type?: string }[], code: string) => {
        const res = await act(w.officer, 'completeDossier', inProgress, w.proc, {}, list);
        expect(codeOf(res)).toBe(code);
      };
      await refused(
        [
          { name: 'ok.pdf', content: pdf },
          { name: 'virus.pdf', content: exeBytes() },
        ],
        'FILE_TYPE_NOT_ALLOWED',
      );
      await refused([{ name: 'big.pdf', content: pdfBytes(20 * MB + 1) }], 'FILE_TOO_LARGE');
      await refused([], 'VALIDATION_FAILED');
      expect(await storedFiles(t)).toHaveLength(files);
      expect(await countRows(t, 'dossier_files')).toBe(rows);
      const now = dossierOf(await w.officer.gql(DOSSIER_FULL, { id: inProgress.id }));
      expect([now.status, now.version, now.result]).toEqual(['IN_PROGRESS', inProgress.version, null]);
      // A DOCX-sized 20 MB limit is inclusive.
      const ok = await act(w.officer, 'completeDossier', inProgress, w.proc, {}, [
        { name: 'ok.pdf', content: pdfBytes(20 * MB) },
      ]);
      expect(dossierOf(ok).result?.files[0].size).toBe(20 * MB);
    });

    it('removes the stored files when the transaction loses (stale version)', async () => {
      const inProgress = await dossierIn(w, 'IN_PROGRESS');
      const files = (await storedFiles(t)).length;
      await act(w.officer, 'startProcessing', inProgress, w.proc).catch(() => undefined);
      const moved = dossierOf(await act(w.officer, 'requestSupplement', inProgress, w.proc));
      const res = await act(w.officer, 'completeDossier', { ...moved, version: inProgress.version }, w.proc);
      expect(codeOf(res)).toBe('STALE_DOSSIER');
      expect(await storedFiles(t)).toHaveLength(files);
    });
  });

  describe('rating', () => {
    const rate = (client = w.owner, id: string, score: number, comment?: string) =>
      client.gql<{ rateDossier: ProcessedDossier }>(RATE_DOSSIER, { id, score, comment });

    it('lets the owner rate a completed or rejected dossier once', async () => {
      for (const status of ['COMPLETED', 'REJECTED']) {
        const d = await dossierIn(w, status);
        const res = await rate(w.owner, d.id, 5, '  Cán bộ hướng dẫn tận tình  ');
        expect(res.errors).toBeUndefined();
        expect(res.data?.rateDossier.rating).toMatchObject({
          score: 5,
          comment: 'Cán bộ hướng dẫn tận tình',
        });
        expect(codeOf(await rate(w.owner, d.id, 1))).toBe('ALREADY_RATED');
        const seen = dossierOf(await w.officer.gql(DOSSIER_FULL, { id: d.id }));
        expect(seen.rating?.score).toBe(5);
      }
    });

    it('refuses other statuses, bad scores and anyone but the owner', async () => {
      for (const status of ['DRAFT', 'SUBMITTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED']) {
        const d = await dossierIn(w, status);
        expect(codeOf(await rate(w.owner, d.id, 4))).toBe('INVALID_TRANSITION');
      }
      const done = await dossierIn(w, 'COMPLETED');
      for (const score of [0, 6, -1])
        expect(codeOf(await rate(w.owner, done.id, score))).toBe('VALIDATION_FAILED');
      expect(codeOf(await rate(w.owner, done.id, 3, 'x'.repeat(1001)))).toBe('VALIDATION_FAILED');
      expect(codeOf(await rate(w.otherCitizen, done.id, 3))).toBe('NOT_FOUND');
      for (const client of [w.officer, w.admin])
        expect(codeOf(await rate(client, done.id, 3))).toBe('FORBIDDEN');
      const parallel = await Promise.all([1, 2, 3, 4].map((s) => rate(w.owner, done.id, s)));
      expect(parallel.filter((r) => !r.errors)).toHaveLength(1);
      expect(parallel.filter((r) => codeOf(r) === 'ALREADY_RATED')).toHaveLength(3);
    });
  });
});
