import { Accounts1764100000000 } from './1764100000000-accounts';
import { Catalog1764200000000 } from './1764200000000-catalog';
import { Dossiers1764300000000 } from './1764300000000-dossiers';
import { ComponentDeclaration1764400000000 } from './1764400000000-component-declaration';
import { Processing1764500000000 } from './1764500000000-processing';
import { Notifications1764600000000 } from './1764600000000-notifications';
import { Integration1764700000000 } from './1764700000000-integration';
import { PerfIndexes1764800000000 } from './1764800000000-perf-indexes';
import { FormFieldTypeCase1764900000000 } from './1764900000000-form-field-type-case';
import { StatisticsAudit1765000000000 } from './1765000000000-statistics-audit';
import { AccountAdmin1765000000001 } from './1765000000001-account-admin';
import { FormSnapshots1765000000002 } from './1765000000002-form-snapshots';
import { JobRuns1764950000000 } from './1764950000000-job-runs';
import { Privacy1765100000000 } from './1765100000000-privacy';
import { SchemaSpelling1765200000000 } from './1765200000000-schema-spelling';

/**
 * Every migration, in order. Written with TypeORM's portable QueryRunner/Table API and run by the
 * integration suites on both SQLite and MySQL/MariaDB.
 */
export const MIGRATIONS = [
  Accounts1764100000000,
  Catalog1764200000000,
  Dossiers1764300000000,
  ComponentDeclaration1764400000000,
  Processing1764500000000,
  Notifications1764600000000,
  Integration1764700000000,
  PerfIndexes1764800000000,
  FormFieldTypeCase1764900000000,
  StatisticsAudit1765000000000,
  AccountAdmin1765000000001,
  FormSnapshots1765000000002,
  JobRuns1764950000000,
  Privacy1765100000000,
  SchemaSpelling1765200000000,
];
