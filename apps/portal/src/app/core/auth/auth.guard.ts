import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth.store';

export const LOGIN_PATH = '/dang-nhap';

/** Only same-site paths may be a place to come back to (no "//evil.example" or "https://…"). */
export function safeReturnUrl(url: string | null | undefined, fallback = '/'): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return fallback;
  return url;
}

/** Routes that need a login: a logged-out user goes to Đăng nhập, then back to where they were going. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  return user ? true : router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Đăng nhập / Đăng ký: a logged-in user is sent on (to `returnUrl` or the home page). */
export const guestGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  return user ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
};

/** Narrows a route to some roles (after authGuard); others see the home page. */
export function roleGuard(...roles: string[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    if (!user) return router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
    return roles.includes(user.role) ? true : router.parseUrl('/');
  };
}
