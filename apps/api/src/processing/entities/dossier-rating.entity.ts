import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * Đánh giá mức độ hài lòng: at most one per dossier, enforced by the primary key (two concurrent
 * ratings: the second insert fails and answers ALREADY_RATED).
 */
@ForeignKey('dossiers', ['dossierId'], ['id'], { name: 'FK_dossier_ratings_dossier', onDelete: 'CASCADE' })
@Entity('dossier_ratings')
@Index('IDX_dossier_ratings_agency', ['agencyId', 'ratedAt'])
export class DossierRatingEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  /** The agency rated (for its statistics). */
  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'rated_at', type: 'datetime' })
  ratedAt: Date;
}
