import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { authGuard } from './auth.guard';
import { AuthStore } from './auth.store';
import { SessionExpiryService } from './session-expiry.service';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe('SessionExpiryService', () => {
  let account: unknown;
  const setAccount = jest.fn((a: unknown) => (account = a));

  beforeEach(() => {
    account = { id: '1' };
    setAccount.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'dich-vu-cong', component: BlankPage },
          { path: 'dang-nhap', component: BlankPage },
          {
            path: 'ho-so-ca-nhan',
            canActivate: [authGuard],
            children: [{ path: 'ho-so', component: BlankPage }],
          },
        ]),
        {
          provide: AuthStore,
          useValue: { setAccount, ensureLoaded: async () => account },
        },
      ],
    });
  });

  it('forgets the user and sends them from a page that needs a login to Đăng nhập and back', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/ho-so-ca-nhan/ho-so?tab=da-gui');
    const session = TestBed.inject(SessionExpiryService);
    session.handle();
    session.handle(); // a second failed request at the same time: one redirect
    await new Promise((r) => setTimeout(r, 0));
    expect(setAccount).toHaveBeenCalledWith(null);
    expect(router.url).toBe('/dang-nhap?returnUrl=%2Fho-so-ca-nhan%2Fho-so%3Ftab%3Dda-gui');
    expect(session.takeExpiredNotice()).toBe(true);
    expect(session.takeExpiredNotice()).toBe(false);
  });

  it('stays on a public page', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/dich-vu-cong');
    const session = TestBed.inject(SessionExpiryService);
    session.handle();
    await new Promise((r) => setTimeout(r, 0));
    expect(setAccount).toHaveBeenCalledWith(null);
    expect(router.url).toBe('/dich-vu-cong');
    expect(session.takeExpiredNotice()).toBe(false);
  });
});
