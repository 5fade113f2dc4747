import { Routes } from '@angular/router';

/** The tabs of /quan-tri/danh-muc: agencies (tree), sectors, procedures. */
export const CATALOG_ADMIN_TABS: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'co-quan' },
  {
    path: 'co-quan',
    title: 'catalogAdmin.tabAgencies',
    loadComponent: () => import('./agency-list.component').then((m) => m.AgencyListComponent),
  },
  {
    path: 'linh-vuc',
    title: 'catalogAdmin.tabSectors',
    loadComponent: () => import('./sector-list.component').then((m) => m.SectorListComponent),
  },
  {
    path: 'thu-tuc',
    title: 'catalogAdmin.tabProcedures',
    loadComponent: () => import('./procedure-list.component').then((m) => m.ProcedureListComponent),
  },
];
