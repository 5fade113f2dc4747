import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DossierApplicant, FormValues } from '@dvc/shared/domain';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';
import { DossierApplicantModel } from '../models/dossier-applicant.model';
import { DossierStatus } from '../models/dossier-enums';
import { GraphQLJSON } from '../models/json.scalar';

/**
 * Hồ sơ: a citizen's application for one service procedure. `service`, `agency`, `files`, `history`
 * and `result` are resolved through per-request DataLoaders (dossier-fields.resolver.ts).
 */
@ObjectType('Dossier', { description: 'Hồ sơ của công dân.' })
@Index('IDX_dossiers_agency_submitted_id', ['agencyId', 'submittedAt', 'id'])
@Index('IDX_dossiers_owner_created_id', ['ownerId', 'createdAt', 'id'])
@Index('IDX_dossiers_agency_status_due', ['agencyId', 'status', 'dueDate'])
@Index('IDX_dossiers_agency_status_submitted', ['agencyId', 'status', 'submittedAt'])
@Index('IDX_dossiers_owner_status', ['ownerId', 'status'])
@Unique(uniqueKeyName('dossiers', 'code'), ['code'])
@Entity('dossiers')
export class DossierEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Mã hồ sơ <mã cơ quan>-YYMMDD-NNNN, cấp khi gửi lần đầu; null khi chưa gửi.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  code: string | null;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Field(() => ID, { description: 'Id của thủ tục (dịch vụ công).' })
  @Column({ name: 'procedure_id', type: 'varchar', length: 36 })
  serviceId: string;

  /** The receiving agency (the procedure's agency, fixed at the first submission). */
  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Field(() => DossierStatus, { description: 'Trạng thái hồ sơ.' })
  @Column({ type: 'varchar', length: 24 })
  status: DossierStatus;

  @Field(() => DossierApplicantModel, { description: 'Thông tin người nộp hồ sơ.' })
  @Column({ type: 'simple-json' })
  applicant: DossierApplicant;

  @Field(() => GraphQLJSON, { description: 'Giá trị form thông tin tiếp nhận hồ sơ, theo khóa của trường.' })
  @Column({ name: 'form_data', type: 'simple-json' })
  formData: FormValues;

  /** Folded (foldVietnamese) code and service name, for diacritics-insensitive search. */
  @Column({ name: 'search_text', type: 'varchar', length: 700, default: '' })
  searchText: string;

  @Field(() => Int, { description: 'Phiên bản, gửi lại trong expectedVersion khi lưu (chống ghi đè).' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'Thời điểm tạo.' })
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Field({ description: 'Thời điểm cập nhật gần nhất.' })
  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Ngày gửi (lần đầu).' })
  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Ngày hẹn trả, đặt khi cán bộ tiếp nhận hồ sơ.' })
  @Column({ name: 'due_date', type: 'datetime', nullable: true })
  dueDate: Date | null;
}
