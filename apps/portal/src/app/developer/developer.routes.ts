import { Routes } from '@angular/router';

/** /nha-phat-trien: public. */
export const DEVELOPER_ROUTES: Routes = [
  {
    path: '',
    title: 'integration.dev.title',
    loadComponent: () => import('./developer.page').then((m) => m.DeveloperPage),
  },
];
