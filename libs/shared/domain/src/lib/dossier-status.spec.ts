import {
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUS_TONES,
  DOSSIER_STATUSES,
  DossierGroup,
  statusesOfGroup,
} from './dossier-status';

describe('dossier statuses', () => {
  it('has the Vietnamese labels of the issue', () => {
    expect(Object.fromEntries(DOSSIER_STATUSES.map((s) => [s, DOSSIER_STATUS_LABELS[s].vi]))).toEqual({
      DRAFT: 'Chưa gửi',
      SUBMITTED: 'Đã gửi',
      RECEIVED: 'Đã tiếp nhận',
      IN_PROGRESS: 'Đang xử lý',
      SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung',
      COMPLETED: 'Đã có kết quả',
      REJECTED: 'Từ chối',
    });
    for (const s of DOSSIER_STATUSES) expect(DOSSIER_STATUS_LABELS[s].en).toBeTruthy();
    for (const s of DOSSIER_STATUSES) expect(DOSSIER_STATUS_TONES[s]).toBeTruthy();
  });

  it('splits drafts from sent dossiers', () => {
    expect(statusesOfGroup(DossierGroup.DRAFTS)).toEqual(['DRAFT']);
    expect(statusesOfGroup(DossierGroup.SENT)).not.toContain('DRAFT');
    expect(statusesOfGroup(DossierGroup.SENT)).toHaveLength(6);
    expect(statusesOfGroup(DossierGroup.ALL)).toHaveLength(7);
  });
});
