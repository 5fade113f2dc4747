import { Routes } from '@angular/router';

/** Dịch vụ công trực tuyến: the searchable list and one page per service (by its code). */
export const CATALOG_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./service-list.page').then((m) => m.ServiceListPage) },
  { path: ':code', loadComponent: () => import('./service-detail.page').then((m) => m.ServiceDetailPage) },
];
