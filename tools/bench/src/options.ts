/** Command-line options shared by the bench entry points: `--name value`, `--flag`. */
export interface BenchOptions {
  db: 'mysql' | 'sqlite';
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  smoke: boolean;
  only: string[] | null;
  mysqlUrl: string;
  regenerate: boolean;
  cpuProf: string | null;
  /** Share of the full data set (1 = 200,000 dossiers); a smoke round uses 5 %. */
  scale: number;
}

export function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flag = (name: string) => argv.includes(`--${name}`);
  const smoke = flag('smoke');
  const db = value('db') ?? 'mysql';
  if (db !== 'mysql' && db !== 'mariadb' && db !== 'sqlite') throw new Error(`--db ${db}: mysql or sqlite`);
  return {
    db: db === 'sqlite' ? 'sqlite' : 'mysql',
    // A smoke round checks that everything answers; its numbers mean nothing.
    duration: Number(value('duration') ?? (smoke ? 1 : 10)),
    warmup: Number(value('warmup') ?? (smoke ? 0.5 : 2)),
    rounds: Number(value('rounds') ?? (smoke ? 1 : 3)),
    connections: Number(value('connections') ?? 50),
    smoke,
    only: value('only')?.split(',') ?? null,
    mysqlUrl: value('mysql-url') ?? process.env['BENCH_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/dvc_bench',
    regenerate: flag('regenerate'),
    cpuProf: value('cpu-prof') ?? null,
    scale: Number(value('scale') ?? (smoke ? 0.05 : 1)),
  };
}
