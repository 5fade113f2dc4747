import { acceptAttribute, extensionAccepted, fieldValueText, fileSize } from './dossier-format';
import { statusBadgeClass, statusLabel } from '../../core/ui/status-badge.component';

describe('dossier formatting', () => {
  it('labels statuses and picks the badge tone', () => {
    expect(statusLabel('SUBMITTED', 'vi')).toBe('Đã gửi');
    expect(statusLabel('SUBMITTED', 'en')).toBe('Submitted');
    expect(statusBadgeClass('DRAFT')).toBe('badge');
    expect(statusBadgeClass('COMPLETED')).toBe('badge badge--success');
    expect(statusBadgeClass('REJECTED')).toBe('badge badge--danger');
  });

  it('writes sizes and checks extensions', () => {
    expect(fileSize(500, 'vi')).toBe('500 B');
    expect(fileSize(1536 * 1024, 'en')).toBe('1.5 MB');
    expect(acceptAttribute(['pdf', 'jpg'])).toBe('.pdf,.jpg,.jpeg');
    expect(extensionAccepted('Anh.JPEG', ['jpg'])).toBe(true);
    expect(extensionAccepted('x.exe', ['jpg'])).toBe(false);
  });

  it('prints form values as the detail page shows them', () => {
    const base = {
      id: 'f',
      position: 1,
      help: null,
      required: false,
      minLength: null,
      maxLength: null,
      min: null,
      max: null,
      pattern: null,
      options: null,
    };
    expect(fieldValueText({ ...base, key: 'd', label: 'D', type: 'DATE' }, '2026-01-05', 'vi')).toBe(
      '05/01/2026',
    );
    expect(fieldValueText({ ...base, key: 'c', label: 'C', type: 'CHECKBOX' }, true, 'vi')).toBe('Có');
    expect(
      fieldValueText(
        { ...base, key: 's', label: 'S', type: 'SELECT', options: [{ value: 'A', label: 'Lựa chọn A' }] },
        'A',
        'vi',
      ),
    ).toBe('Lựa chọn A');
    expect(
      fieldValueText(
        { ...base, key: 'a', label: 'A', type: 'ADDRESS' },
        { provinceCode: '01', commune: 'Ba Đình', street: '1 Hoàng Hoa Thám' },
        'vi',
      ),
    ).toBe('1 Hoàng Hoa Thám, Ba Đình, Thành phố Hà Nội');
  });
});
