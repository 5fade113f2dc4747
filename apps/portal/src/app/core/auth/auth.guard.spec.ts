import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  convertToParamMap,
  provideRouter,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { authGuard, guestGuard, roleGuard, safeReturnUrl } from './auth.guard';
import { AuthStore, SessionUser } from './auth.store';

const citizen: SessionUser = {
  id: '1',
  fullName: 'Nguyễn Văn An',
  role: 'CITIZEN',
  username: 'congdan',
  agencyId: null,
};

function setup(user: SessionUser | null) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: AuthStore, useValue: { ensureLoaded: async () => user } }],
  });
  return TestBed.inject(Router);
}

const state = (url: string) => ({ url }) as RouterStateSnapshot;
const route = (query: Record<string, string> = {}) =>
  ({ queryParamMap: convertToParamMap(query) }) as ActivatedRouteSnapshot;
const run = (guard: typeof authGuard, r = route(), s = state('/ho-so-ca-nhan')) =>
  TestBed.runInInjectionContext(() => guard(r, s)) as Promise<boolean | UrlTree>;

describe('authGuard', () => {
  it('lets a logged-in user through', async () => {
    setup(citizen);
    expect(await run(authGuard)).toBe(true);
  });

  it('sends a logged-out user to Đăng nhập with the way back', async () => {
    const router = setup(null);
    const result = (await run(authGuard, route(), state('/ho-so-ca-nhan/doi-mat-khau'))) as UrlTree;
    expect(router.serializeUrl(result)).toBe('/dang-nhap?returnUrl=%2Fho-so-ca-nhan%2Fdoi-mat-khau');
  });
});

describe('guestGuard', () => {
  it('keeps the login page for logged-out users and sends logged-in ones on', async () => {
    setup(null);
    expect(await run(guestGuard)).toBe(true);
    TestBed.resetTestingModule();
    const router = setup(citizen);
    const result = (await run(guestGuard, route({ returnUrl: '/dich-vu-cong' }))) as UrlTree;
    expect(router.serializeUrl(result)).toBe('/dich-vu-cong');
  });
});

describe('roleGuard', () => {
  it('narrows to roles', async () => {
    setup(citizen);
    expect(await run(roleGuard('CITIZEN'))).toBe(true);
    const denied = (await run(roleGuard('ADMIN'))) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(denied)).toBe('/');
  });
});

describe('safeReturnUrl', () => {
  it('accepts only same-site paths', () => {
    expect(safeReturnUrl('/ho-so-ca-nhan?x=1')).toBe('/ho-so-ca-nhan?x=1');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnUrl(bad)).toBe('/');
    }
  });
});
