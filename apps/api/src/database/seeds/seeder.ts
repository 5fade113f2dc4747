/** A data set loaded by `npm run db:seed` and at start-up. Must be idempotent: a second run changes nothing. */
export interface Seeder {
  readonly name: string;
  seed(): Promise<void>;
}

export const SEEDERS = Symbol('SEEDERS');
