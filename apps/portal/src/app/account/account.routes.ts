import { Routes } from '@angular/router';
import { authGuard, guestGuard } from '../core/auth/auth.guard';

/** Account pages, mounted at the root: their URLs are the Vietnamese ones citizens share. */
export const ACCOUNT_ROUTES: Routes = [
  {
    path: 'dang-nhap',
    title: 'account.login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'dang-ky',
    title: 'account.register.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'xac-thuc-email',
    title: 'account.verify.title',
    loadComponent: () => import('./pages/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'quen-mat-khau',
    title: 'account.forgot.title',
    loadComponent: () => import('./pages/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'dat-lai-mat-khau',
    title: 'account.reset.title',
    loadComponent: () => import('./pages/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'dang-xuat',
    title: 'account.logout.title',
    loadComponent: () => import('./pages/logout.page').then((m) => m.LogoutPage),
  },
  {
    path: 'ho-so-ca-nhan',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'account.profile.title',
        loadComponent: () => import('./pages/profile.page').then((m) => m.ProfilePage),
      },
      {
        path: 'doi-mat-khau',
        title: 'account.changePassword.title',
        loadComponent: () => import('./pages/change-password.page').then((m) => m.ChangePasswordPage),
      },
    ],
  },
];
