// Row shapes and value formats shared by the bench data generators (fill.ts, fill-dossiers.ts).

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

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.\-\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** How TypeORM stores a datetime (UTC, milliseconds); MariaDB accepts the same text. */
export const sqlDate = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
