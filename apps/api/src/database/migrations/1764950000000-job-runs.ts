import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * One row per scheduled job and round (scale-out): the instance whose INSERT wins the primary key
 * runs the round, the others skip it. The rows also show when each job last ran and what it did.
 */
export class JobRuns1764950000000 implements MigrationInterface {
  name = 'JobRuns1764950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_runs',
        columns: [
          { name: 'job', type: 'varchar', length: '64', isPrimary: true },
          { name: 'round_no', type: 'bigint', isPrimary: true },
          { name: 'instance', type: 'varchar', length: '100' },
          { name: 'started_at', type: 'datetime' },
          { name: 'finished_at', type: 'datetime', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '255', isNullable: true },
        ],
        indices: [{ name: 'IDX_job_runs_started', columnNames: ['started_at'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_runs');
  }
}
