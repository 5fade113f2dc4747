import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '../core/auth/auth.guard';

/** Xử lý hồ sơ, under /can-bo: officers of an agency only. */
export const OFFICER_ROUTES: Routes = [
  {
    path: '',
    canActivate: [authGuard, roleGuard('OFFICER')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'officer.queue.title',
        loadComponent: () => import('./pages/officer-queue.page').then((m) => m.OfficerQueuePage),
      },
      {
        // Before ':id'. The statistics dashboard lives with the admin pages (issue 14).
        path: 'thong-ke',
        title: 'admin.statistics.officerTitle',
        data: {
          heading: 'admin.statistics.officerTitle',
          intro: 'admin.statistics.officerIntro',
          mode: 'staff',
          byProcedure: true,
        },
        loadComponent: () => import('../admin/statistics/statistics.page').then((m) => m.StatisticsPage),
      },
      {
        path: ':id',
        title: 'officer.review.title',
        loadComponent: () => import('./pages/officer-review.page').then((m) => m.OfficerReviewPage),
      },
    ],
  },
];
