import { Routes } from '@angular/router';
import { authGuard } from '../core/auth/auth.guard';
import { withDictionaries } from '../core/i18n/i18n.service';

/** /chinh-sach-bao-ve-du-lieu: the privacy notice, open to everyone. */
export const PRIVACY_NOTICE_ROUTES: Routes = [
  {
    path: '',
    title: 'privacy.notice.title',
    canActivate: [withDictionaries('privacy')],
    loadComponent: () => import('./privacy-notice.page').then((m) => m.PrivacyNoticePage),
  },
];

/** /ho-so-ca-nhan/du-lieu-ca-nhan: export and account deletion (the dialog's close label is in dossiers). */
export const PERSONAL_DATA_ROUTES: Routes = [
  {
    path: '',
    title: 'privacy.data.title',
    canActivate: [authGuard, withDictionaries('privacy', 'dossiers')],
    loadComponent: () => import('./personal-data.page').then((m) => m.PersonalDataPage),
  },
];
