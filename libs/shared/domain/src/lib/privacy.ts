/**
 * The privacy notice (Chính sách bảo vệ dữ liệu cá nhân, Decree 13/2023/NĐ-CP, Law 91/2025/QH15).
 * Its version is stored on the account with the time of consent; change it whenever the notice's
 * text changes in substance, so the record says which text a citizen agreed to.
 */
export const PRIVACY_NOTICE_VERSION = '2026-01-01';

/** The portal page that shows the notice. */
export const PRIVACY_NOTICE_PATH = '/chinh-sach-bao-ve-du-lieu';
