import {
  DOSSIER_STATUS_LABELS,
  DossierAction,
  DossierStatus,
  formatDate,
  formatDateTime,
} from '@dvc/shared/domain';
import type { DossierStatusChange } from '../common/events/dossier-events';
import type { OutgoingMail } from '../common/mail/mail.service';

const PORTAL = 'Cổng Dịch vụ công trực tuyến';
const FOOTER = `\n\nĐây là thư tự động, vui lòng không trả lời thư này.\n${PORTAL}`;

export interface NotificationFacts {
  code: string | null;
  serviceName: string | null;
  agencyName: string | null;
  dueDate: Date | null;
  change: DossierStatusChange;
}

/** What happened, for the citizen, in one line: the bell's title and the e-mail's subject. */
export function notificationTitle({ change }: NotificationFacts): string {
  if (change.action === DossierAction.RESUBMIT) return 'Hồ sơ bổ sung đã được gửi lại';
  const titles: Record<DossierStatus, string> = {
    DRAFT: 'Hồ sơ trở về trạng thái chưa gửi',
    SUBMITTED: 'Hồ sơ đã được gửi',
    RECEIVED: 'Hồ sơ đã được tiếp nhận',
    IN_PROGRESS: 'Hồ sơ đang được xử lý',
    SUPPLEMENT_REQUESTED: 'Hồ sơ cần bổ sung',
    COMPLETED: 'Hồ sơ đã có kết quả',
    REJECTED: 'Hồ sơ bị từ chối',
  };
  return titles[change.to];
}

/** The in-app text: the dossier, the new status, and what the citizen should do next. */
export function notificationBody(facts: NotificationFacts): string {
  const { change } = facts;
  const dossier = `Hồ sơ ${facts.code ?? ''}${facts.serviceName ? ` (${facts.serviceName})` : ''}`.replace(
    /\s+/g,
    ' ',
  );
  const status = `"${DOSSIER_STATUS_LABELS[change.to].vi}"`;
  const parts = [`${dossier} chuyển sang trạng thái ${status}.`];
  if (change.to === DossierStatus.RECEIVED && facts.dueDate) {
    parts.push(`Ngày hẹn trả kết quả: ${formatDate(facts.dueDate)}.`);
  }
  if (change.to === DossierStatus.SUPPLEMENT_REQUESTED) {
    parts.push('Vui lòng xem yêu cầu của cán bộ, bổ sung hồ sơ và gửi lại.');
  }
  if (change.to === DossierStatus.COMPLETED) parts.push('Ông/Bà có thể xem và tải kết quả trên Cổng.');
  const note = change.note?.trim();
  if (note) parts.push(`${change.to === DossierStatus.REJECTED ? 'Lý do' : 'Ghi chú'}: ${note}`);
  const body = parts.join(' ');
  return body.length > 1000 ? `${body.slice(0, 999)}…` : body;
}

/** The e-mail: what changed, the dossier code and a link to the dossier's page on the portal. */
export function statusMail(
  to: string,
  fullName: string,
  facts: NotificationFacts,
  link: string,
): OutgoingMail {
  const { change } = facts;
  const title = notificationTitle(facts);
  const lines = [
    `Kính gửi ${fullName},`,
    '',
    notificationBody(facts),
    '',
    `Mã hồ sơ: ${facts.code ?? '(chưa có)'}`,
    ...(facts.serviceName ? [`Thủ tục: ${facts.serviceName}`] : []),
    ...(facts.agencyName ? [`Cơ quan tiếp nhận: ${facts.agencyName}`] : []),
    `Trạng thái: ${DOSSIER_STATUS_LABELS[change.from].vi} → ${DOSSIER_STATUS_LABELS[change.to].vi}`,
    `Thời gian: ${formatDateTime(change.at)}`,
    '',
    'Xem chi tiết hồ sơ tại:',
    link,
  ];
  return {
    to,
    subject: `[${PORTAL}] ${title}${facts.code ? ` - ${facts.code}` : ''}`,
    text: lines.join('\n') + FOOTER,
  };
}
