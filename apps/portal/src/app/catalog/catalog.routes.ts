import { Routes } from '@angular/router';

/** Dịch vụ công trực tuyến: the searchable list and one page per service (by its code). */
export const CATALOG_ROUTES: Routes = [
  {
    path: '',
    title: 'catalog.list.title',
    loadComponent: () => import('./service-list.page').then((m) => m.ServiceListPage),
  },
  {
    // The page names the service once it is loaded.
    path: ':code',
    title: 'catalog.list.title',
    loadComponent: () => import('./service-detail.page').then((m) => m.ServiceDetailPage),
  },
];
