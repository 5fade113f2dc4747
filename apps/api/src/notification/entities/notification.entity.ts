import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DossierAction, DossierStatus } from '../../dossier/models/dossier-enums';

/** An in-app notification: one per status change of a citizen's dossier, for its owner. */
@ObjectType('Notification', { description: 'Thông báo cho người dùng về thay đổi trạng thái hồ sơ.' })
@Index('IDX_notifications_recipient_created', ['recipientId', 'createdAt'])
@Index('IDX_notifications_recipient_unread', ['recipientId', 'readAt', 'createdAt'])
@Entity('notifications')
export class NotificationEntity {
  @Field(() => ID, { description: 'Mã định danh.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId: string;

  @Field(() => ID, { description: 'Mã định danh của hồ sơ.' })
  @Column({ name: 'dossier_id', type: 'varchar', length: 36 })
  dossierId: string;

  @Field(() => String, { nullable: true, description: 'Mã hồ sơ.' })
  @Column({ name: 'dossier_code', type: 'varchar', length: 64, nullable: true })
  dossierCode: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 24 })
  fromStatus: DossierStatus;

  @Field(() => DossierStatus, { description: 'Trạng thái mới của hồ sơ.' })
  @Column({ type: 'varchar', length: 24 })
  status: DossierStatus;

  @Column({ type: 'varchar', length: 24 })
  action: DossierAction;

  @Field({ description: 'Tiêu đề thông báo.' })
  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Field({ description: 'Nội dung thông báo.' })
  @Column({ type: 'varchar', length: 1000 })
  body: string;

  @Field({ description: 'Thời điểm tạo thông báo.' })
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Thời điểm đã đọc; null khi chưa đọc.' })
  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;
}
