import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '../core/auth/auth.guard';
import { withDictionaries } from '../core/i18n/i18n.service';

/** /quan-tri: administrators only. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    canActivate: [authGuard, roleGuard('ADMIN')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'admin.statistics.adminTitle',
        loadComponent: () => import('./statistics/admin-statistics.page').then((m) => m.AdminStatisticsPage),
      },
      {
        path: 'tai-khoan',
        title: 'admin.accounts.title',
        loadComponent: () => import('./accounts/accounts.page').then((m) => m.AccountsPage),
      },
      {
        path: 'danh-muc',
        canActivate: [withDictionaries('catalogAdmin', 'dossiers')],
        children: [
          {
            path: 'thu-tuc/:id',
            title: 'catalogAdmin.procedure.editorTitle',
            loadComponent: () => import('./catalog/procedure-editor.page').then((m) => m.ProcedureEditorPage),
          },
          {
            path: '',
            title: 'catalogAdmin.title',
            loadComponent: () => import('./catalog/catalog.page').then((m) => m.CatalogPage),
            loadChildren: () => import('./catalog/catalog.routes').then((m) => m.CATALOG_ADMIN_TABS),
          },
        ],
      },
      {
        path: 'nhat-ky',
        title: 'admin.audit.title',
        loadComponent: () => import('./audit/audit-log.page').then((m) => m.AuditLogPage),
      },
      {
        path: 'tich-hop',
        title: 'integration.admin.title',
        loadComponent: () => import('./integrations/integrations.page').then((m) => m.IntegrationsPage),
      },
    ],
  },
];
