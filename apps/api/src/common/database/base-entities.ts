import { randomUUID } from 'node:crypto';
import { BeforeInsert, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { createdAtColumn, updatedAtColumn } from './column-options';

/**
 * A row keyed by a uuid (varchar 36, as the migrations create every id), assigned on insert unless
 * the caller set one. Entities extend it; TypeORM inherits the columns of an abstract parent.
 */
export abstract class UuidEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}

/** A uuid row with the database-kept created_at and updated_at. */
export abstract class TimestampedEntity extends UuidEntity {
  @CreateDateColumn(createdAtColumn())
  createdAt: Date;

  @UpdateDateColumn(updatedAtColumn())
  updatedAt: Date;
}
