import { Routes } from '@angular/router';
import { authGuard } from '../core/auth/auth.guard';
import { unsavedChangesGuard } from './unsaved-changes.guard';

/** Hồ sơ đã đăng ký and the intake form, under /ho-so-ca-nhan/ho-so (logged-in users only). */
export const DOSSIER_ROUTES: Routes = [
  {
    path: '',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'dossiers.list.title',
        loadComponent: () => import('./pages/my-dossiers.page').then((m) => m.MyDossiersPage),
      },
      {
        path: 'tao-moi/:serviceId',
        title: 'dossiers.form.titleNew',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./pages/dossier-form.page').then((m) => m.DossierFormPage),
      },
      {
        path: ':id/sua',
        title: 'dossiers.form.titleEdit',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./pages/dossier-form.page').then((m) => m.DossierFormPage),
      },
      {
        path: ':id',
        title: 'dossiers.detail.title',
        loadComponent: () => import('./pages/dossier-detail.page').then((m) => m.DossierDetailPage),
      },
    ],
  },
];
