import { Routes } from '@angular/router';
import { authGuard, guestGuard } from '../core/auth/auth.guard';

/** Account pages, mounted at the root: their URLs are the Vietnamese ones citizens share. */
export const ACCOUNT_ROUTES: Routes = [
  {
    path: 'dang-nhap',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'dang-ky',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'xac-thuc-email',
    loadComponent: () => import('./pages/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'quen-mat-khau',
    loadComponent: () => import('./pages/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'dat-lai-mat-khau',
    loadComponent: () => import('./pages/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'dang-xuat',
    loadComponent: () => import('./pages/logout.page').then((m) => m.LogoutPage),
  },
  {
    path: 'ho-so-ca-nhan',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./pages/profile.page').then((m) => m.ProfilePage),
      },
      {
        path: 'doi-mat-khau',
        loadComponent: () => import('./pages/change-password.page').then((m) => m.ChangePasswordPage),
      },
    ],
  },
];
