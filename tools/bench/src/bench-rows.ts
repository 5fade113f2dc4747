// Row shapes and value formats shared by the bench data generators (fill.ts, fill-dossiers.ts, and
// officer-queue.mjs through lib/import-ts.mjs).

export type Row = Record<string, unknown>;

/** A procedure as the dossiers need it: its agency, its processing days and a component for files. */
export interface BenchProcedure {
  id: string;
  code: string;
  name: string;
  agencyId: string;
  days: number;
  componentId: string;
}

export interface BenchCitizen {
  id: string;
  name: string;
  citizenId: string;
}

/** How TypeORM stores a datetime (UTC, milliseconds); MariaDB accepts the same text. */
export const sqlDate = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** How the statuses of a busy agency's dossiers are spread: share of each, the rest completed. */
const STATUS_MIX: [string, number][] = [
  ['SUBMITTED', 0.15],
  ['RECEIVED', 0.1],
  ['IN_PROGRESS', 0.2],
  ['SUPPLEMENT_REQUESTED', 0.05],
  ['COMPLETED', 0.4],
  ['REJECTED', 0.1],
];

/** The status of the i-th generated dossier: the mix above, scattered over i by a multiplicative hash. */
export function benchStatus(i: number): string {
  let r = ((i * 2654435761) % 1000) / 1000;
  return STATUS_MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? 'COMPLETED';
}
