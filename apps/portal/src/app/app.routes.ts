import { Routes } from '@angular/router';
import { withDictionaries, withTexts } from './core/i18n/i18n.service';

/**
 * Top-level routes, one lazy chunk per feature. URLs are Vietnamese, as citizens read and share them.
 * Specific prefixes come before the account routes, which own several top-level paths.
 * `withDictionaries`: the translation files a feature's pages need load with it (core/i18n/dictionaries.ts);
 * `withTexts` on the pages visitors land on: the text downloads together with the page's code.
 */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: withTexts(['catalog'], () => import('./home/home.page').then((m) => m.HomePage)),
  },
  {
    path: 'dich-vu-cong',
    loadChildren: withTexts(['catalog'], () =>
      import('./catalog/catalog.routes').then((m) => m.CATALOG_ROUTES),
    ),
  },
  {
    path: 'ho-so-ca-nhan/ho-so',
    canActivate: [withDictionaries('dossiers')],
    loadChildren: () => import('./dossiers/dossier.routes').then((m) => m.DOSSIER_ROUTES),
  },
  {
    path: 'ho-so-ca-nhan/du-lieu-ca-nhan',
    loadChildren: () => import('./privacy/privacy.routes').then((m) => m.PERSONAL_DATA_ROUTES),
  },
  {
    path: 'chinh-sach-bao-ve-du-lieu',
    loadChildren: () => import('./privacy/privacy.routes').then((m) => m.PRIVACY_NOTICE_ROUTES),
  },
  {
    path: 'can-bo',
    canActivate: [withDictionaries('officer', 'dossiers', 'admin')],
    loadChildren: () => import('./officer/officer.routes').then((m) => m.OFFICER_ROUTES),
  },
  {
    path: 'tra-cuu-ho-so',
    canActivate: [withDictionaries('dossiers')],
    loadChildren: () => import('./dossiers/lookup.routes').then((m) => m.LOOKUP_ROUTES),
  },
  {
    path: 'quan-tri',
    canActivate: [withDictionaries('admin', 'integration')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'thong-ke',
    canActivate: [withDictionaries('admin')],
    title: 'admin.statistics.publicTitle',
    data: {
      heading: 'admin.statistics.publicTitle',
      intro: 'admin.statistics.publicIntro',
      mode: 'public',
      byProcedure: false,
    },
    loadComponent: () => import('./admin/statistics/statistics.page').then((m) => m.StatisticsPage),
  },
  {
    path: 'nha-phat-trien',
    canActivate: [withDictionaries('integration')],
    loadChildren: () => import('./developer/developer.routes').then((m) => m.DEVELOPER_ROUTES),
  },
  {
    path: '',
    canActivate: [withDictionaries('account')],
    loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
  },
  {
    path: '**',
    title: 'core.notFound.title',
    loadComponent: () => import('./core/shell/not-found.page').then((m) => m.NotFoundPage),
  },
];
