import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CatalogEntity } from './catalog-entity';

/** Thành phần hồ sơ: one document a dossier for the procedure must (or may) include. */
@ObjectType('DocumentComponent', { description: 'Thành phần hồ sơ của một thủ tục.' })
@Index('IDX_document_components_procedure', ['procedureId', 'position'])
@ForeignKey('service_procedures', ['procedureId'], ['id'], { name: 'FK_document_components_procedure' })
@Entity('document_components')
export class DocumentComponentEntity extends CatalogEntity {
  @Field(() => ID, { description: 'Mã định danh của thủ tục.' })
  @Column({ name: 'procedure_id', type: 'varchar', length: 36 })
  procedureId: string;

  @Field(() => Int, { description: 'Thứ tự hiển thị (từ 1).' })
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'Tên.' })
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Field({ description: 'Mô tả.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'Bắt buộc.' })
  @Column({ type: 'boolean', width: 1, default: true })
  required: boolean;

  @Field(() => Int, { description: 'Số bản chính.' })
  @Column({ type: 'int', default: 0 })
  originals: number;

  @Field(() => Int, { description: 'Số bản sao.' })
  @Column({ type: 'int', default: 0 })
  copies: number;

  @Field(() => [String], { description: 'Định dạng tệp được chấp nhận: pdf, jpg, png, docx…' })
  @Column({ name: 'accepted_types', type: 'simple-json' })
  acceptedTypes: string[];

  @Field(() => Float, { description: 'Dung lượng tối đa mỗi tệp (MB).' })
  @Column({ name: 'max_size_mb', type: 'double' })
  maxSizeMb: number;

  /** Storage key of the template file (mẫu đơn, tờ khai); exposed as `template`. */
  @Column({ name: 'template_key', type: 'varchar', length: 255, nullable: true })
  templateKey: string | null;

  @Column({ name: 'template_name', type: 'varchar', length: 255, nullable: true })
  templateName: string | null;

  @Column({ name: 'template_mime_type', type: 'varchar', length: 120, nullable: true })
  templateMimeType: string | null;

  @Column({ name: 'template_size', type: 'int', nullable: true })
  templateSize: number | null;

  /**
   * The template is the portal's generated form (apps/api/src/forms/): made on first download and
   * cached in storage under templateKey; an uploaded template turns this off.
   */
  @Column({ name: 'template_generated', type: 'boolean', width: 1, default: false })
  templateGenerated: boolean;

  /** What the cached generated file was made from (catalog texts, form fields, generator version). */
  @Column({ name: 'template_fingerprint', type: 'varchar', length: 64, nullable: true })
  templateFingerprint: string | null;

  @Field({
    description:
      'Tờ khai/đơn của chính thủ tục: được lập từ form thông tin, không cần đính kèm (trừ khi cần chữ ký).',
  })
  @Column({ name: 'is_declaration', type: 'boolean', width: 1, default: false })
  isDeclaration: boolean;

  @Field({ description: 'Tờ khai phải được in, ký (hoặc đóng dấu) và đính kèm.' })
  @Column({ name: 'requires_signature', type: 'boolean', width: 1, default: false })
  requiresSignature: boolean;
}

/** What a component asks of a dossier: which document, how many originals and copies, which files. */
export type ComponentRequirements = Pick<
  DocumentComponentEntity,
  'name' | 'description' | 'required' | 'originals' | 'copies' | 'acceptedTypes' | 'maxSizeMb'
>;

/** A component's requirements copied out of a row or seed (the accepted types too, not shared). */
export function copyRequirements(
  c: Omit<ComponentRequirements, 'acceptedTypes'> & { acceptedTypes: readonly string[] },
): ComponentRequirements {
  return {
    name: c.name,
    description: c.description,
    required: c.required,
    originals: c.originals,
    copies: c.copies,
    acceptedTypes: [...c.acceptedTypes],
    maxSizeMb: c.maxSizeMb,
  };
}
