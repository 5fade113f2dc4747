#!/usr/bin/env node
// Memory of the API while one large file is uploaded through `saveDossier`.
//
//   npm run build && node tools/bench/upload-memory.mjs [--mb 100] [--cap-mb 200] [--storage file|s3]
//
// Starts the built API (dist/apps/api/main.js) on a throwaway SQLite database with the global upload
// cap raised, registers and verifies a citizen (fixed captcha answer, e-mail from the outbox),
// raises one seeded document component's limit, then streams a PDF of --mb MB as a GraphQL multipart
// request while sampling the API process's resident memory (VmRSS, /proc) every 20 ms. Prints the
// idle RSS, the peak RSS and the difference; exits 1 when the difference is over --budget-mb (64) or
// when a temporary file is left behind (the API's TMPDIR, where uploads are spooled, and the
// storage's .part files). Also `npm run bench:upload`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { loginCookie, registerVerifiedCitizen, startBuiltApi } from './lib/built-api.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FILE_MB = option('mb', 100);
const CAP_MB = option('cap-mb', Math.max(200, FILE_MB * 2));
const BUDGET_MB = option('budget-mb', 64);
const SERVICE_CODE = '1.009122'; // Cấp giấy phép xây dựng: a component that takes PDF.
// --storage s3: the API stores into an S3-protocol server (s3rver, temp dir, random port) instead of the disk.
const STORAGE = args.includes('--storage') ? args[args.indexOf('--storage') + 1] : 'file';
const s3 = STORAGE === 's3' ? await startS3() : null;

// The API spools multipart files to its temp directory: a private one, to check that it is emptied.
const spool = mkdtempSync(join(tmpdir(), 'dvc-bench-spool-'));
const api = await startBuiltApi({
  UPLOAD_MAX_FILE_MB: String(CAP_MB),
  SEED_ON_START: 'true',
  TMPDIR: spool,
  ...(s3 ? { STORAGE_URL: s3.url } : {}),
});
const { url: baseUrl, dbFile } = api;

try {
  const cookie = await loginCookie(api, await registerVerifiedCitizen(api, randomBytes(4).toString('hex')));
  const componentId = raiseComponentLimit();

  const idle = await sampleIdle(1500);
  const sampler = startSampling();
  const started = Date.now();
  const answer = await uploadPdf(cookie, componentId, FILE_MB * 1024 * 1024);
  const seconds = (Date.now() - started) / 1000;
  const peak = sampler.stop();

  const file = answer?.data?.saveDossier?.files?.[0];
  if (!file) throw new Error(`saveDossier failed: ${JSON.stringify(answer?.errors ?? answer)}`);
  const mb = (kb) => (kb / 1024).toFixed(1);
  console.log(
    `Uploaded ${(file.size / 1024 / 1024).toFixed(1)} MB (${file.mimeType}) in ${seconds.toFixed(1)} s`,
  );
  console.log(`API RSS idle: ${mb(idle)} MB`);
  console.log(`API RSS peak: ${mb(peak)} MB (${sampler.count} samples every 20 ms)`);
  console.log(`Difference:   ${mb(peak - idle)} MB (budget ${BUDGET_MB} MB, storage: ${STORAGE})`);
  const left = await leftovers();
  console.log(`Temp files left: ${left.length ? left.join(', ') : 'none'}`);
  process.exitCode = peak - idle <= BUDGET_MB * 1024 && left.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
  console.error(api.log());
  process.exitCode = 1;
} finally {
  await api.stop();
  rmSync(spool, { recursive: true, force: true });
  await s3?.stop();
}

/** s3rver with one bucket, its objects in a temp dir. */
async function startS3() {
  const { default: S3rver } = await import('s3rver');
  const directory = mkdtempSync(join(tmpdir(), 'dvc-bench-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: 'bench' }],
  });
  const { port } = await server.run();
  const endpoint = encodeURIComponent(`http://127.0.0.1:${port}`);
  return {
    url: `s3://S3RVER:S3RVER@bench?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Files in the spool directory and .part files in the upload directory, once the API has had 2 s. */
async function leftovers() {
  await new Promise((r) => setTimeout(r, 2000));
  const all = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? e.path, e.name));
  const uploads = join(dirname(dbFile), 'uploads');
  return [...all(spool), ...(s3 ? [] : all(uploads)).filter((f) => f.endsWith('.part'))];
}

function rssKb() {
  const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function sampleIdle(ms) {
  const samples = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    samples.push(rssKb());
    await new Promise((r) => setTimeout(r, 20));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function startSampling() {
  let peak = 0;
  let count = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKb());
    count++;
  }, 20);
  return {
    get count() {
      return count;
    },
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssKb());
    },
  };
}

/** A seeded component that takes PDF gets a limit above the file size (straight in the database). */
function raiseComponentLimit() {
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 5000');
  const row = db
    .prepare(
      `SELECT c.id FROM document_components c JOIN service_procedures p ON p.id = c.procedure_id
       WHERE p.code = ? AND c.accepted_types LIKE '%"pdf"%' ORDER BY c.position LIMIT 1`,
    )
    .get(SERVICE_CODE);
  if (!row) throw new Error(`no PDF component for ${SERVICE_CODE} in the seeded catalog`);
  db.prepare('UPDATE document_components SET max_size_mb = ? WHERE id = ?').run(CAP_MB, row.id);
  db.close();
  return row.id;
}

/** Streams a multipart saveDossier request with a generated PDF, respecting back-pressure. */
function uploadPdf(cookie, componentId, size) {
  const db = new Database(dbFile, { readonly: true });
  const serviceId = db
    .prepare('SELECT procedure_id AS id FROM document_components WHERE id = ?')
    .get(componentId).id;
  db.close();
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const operations = JSON.stringify({
    query: `mutation($input: SaveDossierInput!) { saveDossier(input: $input) { id files { size mimeType } } }`,
    variables: { input: { serviceId, components: [{ componentId, newFiles: [null] }] } },
  });
  const head = Buffer.from(
    [
      `--${boundary}`,
      'Content-Disposition: form-data; name="operations"',
      '',
      operations,
      `--${boundary}`,
      'Content-Disposition: form-data; name="map"',
      '',
      JSON.stringify({ 0: ['variables.input.components.0.newFiles.0'] }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="0"; filename="ban-ve-100mb.pdf"',
      'Content-Type: application/pdf',
      '',
      '',
    ].join('\r\n'),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdfHead = Buffer.from('%PDF-1.7\n');
  const pdfTail = Buffer.from('\n%%EOF\n');
  const chunk = randomBytes(256 * 1024);
  return new Promise((resolvePromise, reject) => {
    const req = request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + size + tail.length),
        'apollo-require-preflight': 'true',
        cookie,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        try {
          resolvePromise(JSON.parse(body));
        } catch {
          reject(new Error(`non-JSON answer ${res.statusCode}: ${body.slice(0, 300)}`));
        }
      });
    });
    let sent = 0;
    const body = size - pdfHead.length - pdfTail.length;
    const pump = () => {
      while (sent < body) {
        const n = Math.min(chunk.length, body - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return req.once('drain', pump);
      }
      req.end(Buffer.concat([pdfTail, tail]));
    };
    req.write(head);
    req.write(pdfHead);
    pump();
  });
}
