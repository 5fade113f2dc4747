import { DossierAction, DossierStatus } from '@dvc/shared/domain';
import { NotificationFacts, notificationBody, notificationTitle, statusMail } from './notification-texts';

const facts = (over: Partial<NotificationFacts['change']> = {}, rest: Partial<NotificationFacts> = {}) => ({
  code: 'STP-HN-260115-0001',
  serviceName: 'Đăng ký khai sinh',
  agencyName: 'Sở Tư pháp Thành phố Hà Nội',
  dueDate: null,
  ...rest,
  change: {
    from: DossierStatus.SUBMITTED,
    to: DossierStatus.RECEIVED,
    action: DossierAction.RECEIVE,
    at: new Date('2026-01-15T03:04:00Z'),
    note: null,
    ...over,
  },
});

describe('notification texts', () => {
  it('names each status change in Vietnamese', () => {
    const titles = {
      SUBMITTED: 'Hồ sơ đã được gửi',
      RECEIVED: 'Hồ sơ đã được tiếp nhận',
      IN_PROGRESS: 'Hồ sơ đang được xử lý',
      SUPPLEMENT_REQUESTED: 'Hồ sơ cần bổ sung',
      COMPLETED: 'Hồ sơ đã có kết quả',
      REJECTED: 'Hồ sơ bị từ chối',
    } as const;
    for (const [to, title] of Object.entries(titles)) {
      expect(notificationTitle(facts({ to: to as DossierStatus }))).toBe(title);
    }
    const resubmitted = facts({ action: DossierAction.RESUBMIT, to: DossierStatus.RECEIVED });
    expect(notificationTitle(resubmitted)).toBe('Hồ sơ bổ sung đã được gửi lại');
  });

  it('says the code, the new status, the due date on receipt, and the reason of a rejection', () => {
    const received = notificationBody(facts({}, { dueDate: new Date('2026-01-22T10:00:00Z') }));
    expect(received).toBe(
      'Hồ sơ STP-HN-260115-0001 (Đăng ký khai sinh) chuyển sang trạng thái "Đã tiếp nhận". ' +
        'Ngày hẹn trả kết quả: 22/01/2026.',
    );
    const rejected = notificationBody(facts({ to: DossierStatus.REJECTED, note: '  Sai thẩm quyền ' }));
    expect(rejected).toContain('Lý do: Sai thẩm quyền');
    const supplement = notificationBody(
      facts({ to: DossierStatus.SUPPLEMENT_REQUESTED, note: 'Thiếu tờ khai' }),
    );
    expect(supplement).toContain('bổ sung hồ sơ và gửi lại');
    expect(supplement).toContain('Ghi chú: Thiếu tờ khai');
  });

  it('keeps the body within its column', () => {
    const long = notificationBody(facts({ note: 'x'.repeat(3000) }));
    expect(long.length).toBe(1000);
    expect(long.endsWith('…')).toBe(true);
  });

  it('mails what changed, the code, the agency and the link', () => {
    const link = 'https://dichvucong.example.vn/ho-so-ca-nhan/ho-so/abc';
    const mail = statusMail('a@example.vn', 'Nguyễn Văn A', facts(), link);
    expect(mail.to).toBe('a@example.vn');
    expect(mail.subject).toBe('[Cổng Dịch vụ công trực tuyến] Hồ sơ đã được tiếp nhận - STP-HN-260115-0001');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn A,');
    expect(mail.text).toContain('Mã hồ sơ: STP-HN-260115-0001');
    expect(mail.text).toContain('Cơ quan tiếp nhận: Sở Tư pháp Thành phố Hà Nội');
    expect(mail.text).toContain('Trạng thái: Đã gửi → Đã tiếp nhận');
    expect(mail.text).toContain('Thời gian: 15/01/2026 10:04');
    expect(mail.text).toContain(`\n${link}\n`);
  });
});
