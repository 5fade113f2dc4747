import { inject, Injectable, Injector, signal } from '@angular/core';
import { ActivatedRouteSnapshot, Router } from '@angular/router';
import { authGuard, LOGIN_PATH } from './auth.guard';
import { AuthStore } from './auth.store';

/** The GraphQL error code of an operation that needs a session the server no longer has. */
export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/**
 * The session ended mid-visit (idle timeout, logged out elsewhere, password changed on another
 * device): forget the user, and if the page needs a login, go to Đăng nhập and come back after.
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiryService {
  private readonly router = inject(Router);
  // AuthStore needs Apollo, whose setup needs this service: look the store up when it is needed.
  private readonly injector = inject(Injector);
  private redirecting = false;
  /** Read once by the login page to say why the user is there. */
  private readonly expired = signal(false);

  /** Called for every UNAUTHENTICATED answer; several at once lead to one redirect. */
  handle(): void {
    this.injector.get(AuthStore).setAccount(null);
    if (this.redirecting || !this.pageNeedsLogin()) return;
    const returnUrl = this.router.url;
    if (returnUrl.startsWith(LOGIN_PATH)) return;
    this.redirecting = true;
    this.expired.set(true);
    void this.router
      .navigate([LOGIN_PATH], { queryParams: { returnUrl } })
      .finally(() => (this.redirecting = false));
  }

  /** True once after a redirect caused by an ended session. */
  takeExpiredNotice(): boolean {
    const expired = this.expired();
    this.expired.set(false);
    return expired;
  }

  private pageNeedsLogin(): boolean {
    for (let r: ActivatedRouteSnapshot | null = this.router.routerState.snapshot.root; r; r = r.firstChild) {
      if (r.routeConfig?.canActivate?.includes(authGuard)) return true;
    }
    return false;
  }
}
