import { Routes } from '@angular/router';

/**
 * Top-level routes, one lazy chunk per feature. URLs are Vietnamese, as citizens read and share them.
 * Specific prefixes come before the account routes, which own several top-level paths.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home.page').then((m) => m.HomePage) },
  {
    path: 'dich-vu-cong',
    loadChildren: () => import('./catalog/catalog.routes').then((m) => m.CATALOG_ROUTES),
  },
  {
    path: 'ho-so-ca-nhan/ho-so',
    loadChildren: () => import('./dossiers/dossier.routes').then((m) => m.DOSSIER_ROUTES),
  },
  {
    path: 'can-bo',
    loadChildren: () => import('./officer/officer.routes').then((m) => m.OFFICER_ROUTES),
  },
  {
    path: 'tra-cuu-ho-so',
    loadChildren: () => import('./dossiers/lookup.routes').then((m) => m.LOOKUP_ROUTES),
  },
  {
    path: 'quan-tri',
    loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'thong-ke',
    title: 'admin.statistics.publicTitle',
    loadComponent: () =>
      import('./admin/statistics/public-statistics.page').then((m) => m.PublicStatisticsPage),
  },
  {
    path: 'nha-phat-trien',
    loadChildren: () => import('./developer/developer.routes').then((m) => m.DEVELOPER_ROUTES),
  },
  { path: '', loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES) },
  {
    path: '**',
    title: 'core.notFound.title',
    loadComponent: () => import('./core/shell/not-found.page').then((m) => m.NotFoundPage),
  },
];
