import type { Crumb } from '../../core/ui/page-header.component';

/** Trang chủ › Hồ sơ cá nhân › Hồ sơ đã đăng ký › (a dossier page). */
export const DOSSIER_CRUMBS: readonly Crumb[] = [
  { key: 'core.auth.profile', link: '/ho-so-ca-nhan' },
  { key: 'core.auth.myDossiers', link: '/ho-so-ca-nhan/ho-so' },
];
