import { Routes } from '@angular/router';

/** Tra cứu hồ sơ: public, no login. */
export const LOOKUP_ROUTES: Routes = [
  {
    path: '',
    title: 'dossiers.lookup.title',
    loadComponent: () => import('./pages/lookup.page').then((m) => m.LookupPage),
  },
];
