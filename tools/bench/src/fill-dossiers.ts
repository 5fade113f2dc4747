// The bench dossiers: two history steps each (one when only submitted) and one file row; the
// benchmarked citizen's 100 files get tiny real bytes so their download links work.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { foldVietnamese } from '@dvc/shared/domain';
import type { BenchDb } from './db';
import { type BenchCitizen, type BenchProcedure, benchStatus, sqlDate } from './bench-rows';

export interface DossierPlan {
  scale: number;
  now: Date;
  uploadDir: string;
  procedures: BenchProcedure[];
  citizens: BenchCitizen[];
  agencies: Map<string, { id: string; code: string; name: string }>;
}

export async function fillDossiers(
  db: BenchDb,
  { scale, now, uploadDir, procedures, citizens, agencies }: DossierPlan,
): Promise<{ benchDossiers: string[]; count: number; steps: number; files: number }> {
  const dossierCount = Math.max(1000, Math.round(200_000 * scale));
  const dossierColumns = [
    'id',
    'code',
    'owner_id',
    'procedure_id',
    'agency_id',
    'status',
    'applicant',
    'form_data',
    'search_text',
    'version',
    'created_at',
    'updated_at',
    'submitted_at',
    'due_date',
  ];
  const stepColumns = [
    'id',
    'dossier_id',
    'position',
    'action',
    'from_status',
    'to_status',
    'note',
    'actor_id',
    'actor_name',
    'actor_role',
    'agency_id',
    'agency_name',
    'created_at',
  ];
  const fileColumns = [
    'id',
    'dossier_id',
    'component_id',
    'file_name',
    'size',
    'mime_type',
    'detected_type',
    'sha256',
    'storage_key',
    'uploaded_by',
    'uploaded_at',
    'kind',
  ];
  const sha = 'a'.repeat(64);
  const benchDossiers: string[] = [];
  const CHUNK = 10_000;
  let counts = { steps: 0, files: 0 };
  for (let start = 0; start < dossierCount; start += CHUNK) {
    const dossiers: unknown[][] = [];
    const steps: unknown[][] = [];
    const files: unknown[][] = [];
    for (let i = start; i < Math.min(dossierCount, start + CHUNK); i++) {
      const owner = i < 100 ? citizens[0] : citizens[1 + (i % (citizens.length - 1))];
      const p = procedures[(i * 31) % procedures.length];
      const agency = agencies.get(p.agencyId);
      const submitted = new Date(now.getTime() - ((i * 7919) % 365) * 86_400_000 - (i % 600) * 60_000);
      const status = benchStatus(i);
      const due =
        status === 'SUBMITTED' ? null : sqlDate(new Date(submitted.getTime() + (p.days + 3) * 86_400_000));
      const id = randomUUID();
      if (i < 100) benchDossiers.push(id);
      const code = `${agency?.code ?? 'X'}-${submitted.toISOString().slice(2, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`;
      const at = sqlDate(submitted);
      dossiers.push([
        id,
        code,
        owner.id,
        p.id,
        p.agencyId,
        status,
        JSON.stringify({ fullName: owner.name, citizenId: owner.citizenId }),
        '{}',
        foldVietnamese(`${code} ${p.code} ${p.name} ${owner.name}`).slice(0, 700),
        2,
        at,
        at,
        at,
        due,
      ]);
      steps.push([
        randomUUID(),
        id,
        1,
        'SUBMIT',
        'DRAFT',
        'SUBMITTED',
        null,
        owner.id,
        owner.name,
        'CITIZEN',
        null,
        null,
        at,
      ]);
      if (status !== 'SUBMITTED') {
        steps.push([
          randomUUID(),
          id,
          2,
          'RECEIVE',
          'SUBMITTED',
          'RECEIVED',
          'Hồ sơ hợp lệ.',
          null,
          'Cán bộ tiếp nhận',
          'OFFICER',
          p.agencyId,
          agency?.name ?? null,
          at,
        ]);
      }
      const key = `bench/${id}.pdf`;
      files.push([
        randomUUID(),
        id,
        p.componentId,
        'to-khai.pdf',
        16,
        'application/pdf',
        'pdf',
        sha,
        key,
        owner.id,
        at,
        'ATTACHMENT',
      ]);
      if (i < 100) {
        // Tiny bytes for the benchmarked citizen's files, so their download links work.
        const path = join(uploadDir, key);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, '%PDF-1.4\n%%EOF\n');
      }
    }
    await db.transaction(async () => {
      await db.insert('dossiers', dossierColumns, dossiers);
      await db.insert('processing_steps', stepColumns, steps);
      await db.insert('dossier_files', fileColumns, files);
    });
    counts = { steps: counts.steps + steps.length, files: counts.files + files.length };
  }
  return { benchDossiers, count: dossierCount, ...counts };
}
