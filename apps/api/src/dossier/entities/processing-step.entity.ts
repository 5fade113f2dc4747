import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Role } from '../../account/models/account-enums';
import { DossierAction, DossierStatus } from '../models/dossier-enums';

/** Quá trình xử lý: one row per status change, appended by the state machine's caller. */
@ObjectType('ProcessingStep', { description: 'Một bước trong quá trình xử lý hồ sơ.' })
@Index('UQ_processing_steps_position', ['dossierId', 'position'], { unique: true })
@ForeignKey('dossiers', ['dossierId'], ['id'], { name: 'FK_processing_steps_dossier', onDelete: 'CASCADE' })
@Entity('processing_steps')
export class ProcessingStepEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  /** 1, 2, 3… within the dossier: the order of the history whatever the clock precision. */
  @Column({ type: 'int' })
  position: number;

  @Field(() => DossierAction, { description: 'Thao tác đã thực hiện.' })
  @Column({ type: 'varchar', length: 32 })
  action: DossierAction;

  @Field(() => DossierStatus, { description: 'Trạng thái trước thao tác.' })
  @Column({ name: 'from_status', type: 'varchar', length: 24 })
  fromStatus: DossierStatus;

  @Field(() => DossierStatus, { description: 'Trạng thái sau thao tác.' })
  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus: DossierStatus;

  @Field(() => String, { nullable: true, description: 'Ghi chú (ví dụ nội dung yêu cầu bổ sung).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Field({ description: 'Người thực hiện.' })
  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName: string;

  @Field(() => Role, { description: 'Công dân hoặc cán bộ.' })
  @Column({ name: 'actor_role', type: 'varchar', length: 10 })
  actorRole: Role;

  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan của cán bộ thực hiện.' })
  @Column({ name: 'agency_name', type: 'varchar', length: 255, nullable: true })
  agencyName: string | null;

  @Field({ description: 'Thời điểm thực hiện.' })
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
