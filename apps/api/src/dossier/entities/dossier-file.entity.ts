import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** A citizen's attachment, or a file of the agency's result (kết quả; componentId is then the dossier id). */
export type DossierFileKind = 'ATTACHMENT' | 'RESULT';

/** A file attached to a dossier for one document component. The bytes live in storage under `storageKey`. */
@ObjectType('DossierFile', { description: 'Tệp đính kèm của một thành phần hồ sơ.' })
@Index('IDX_dossier_files_dossier', ['dossierId', 'componentId'])
@ForeignKey('dossiers', ['dossierId'], ['id'], { name: 'FK_dossier_files_dossier', onDelete: 'CASCADE' })
@Unique(uniqueKeyName('dossier_files', 'storage_key'), ['storageKey'])
@Entity('dossier_files')
export class DossierFileEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Field(() => ID, { description: 'Thành phần hồ sơ của tệp.' })
  @Column({ name: 'component_id', type: 'varchar', length: 36 })
  componentId: string;

  @Field({ description: 'Tên tệp gốc.' })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field(() => Float, { description: 'Dung lượng (byte).' })
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  size: number;

  @Field({ description: 'Kiểu MIME nhận diện từ nội dung tệp.' })
  @Column({ name: 'mime_type', type: 'varchar', length: 120 })
  mimeType: string;

  @Column({ name: 'detected_type', type: 'varchar', length: 16 })
  detectedType: string;

  @Field({ description: 'Giá trị băm SHA-256 của nội dung tệp.' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ type: 'varchar', length: 10, default: 'ATTACHMENT' })
  kind: DossierFileKind;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 36 })
  uploadedBy: string;

  @Field({ description: 'Thời điểm tải lên.' })
  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt: Date;
}
