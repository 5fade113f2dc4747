import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore, SessionUser } from '../auth/auth.store';
import { HeaderComponent } from './header.component';

const citizen: SessionUser = {
  id: '1',
  fullName: 'Nguyễn Văn An',
  role: 'CITIZEN',
  username: 'congdan',
  agencyId: null,
};

/** The header against a stand-in AuthStore whose session state the test sets. */
function render() {
  const loaded = signal(false);
  const user = signal<SessionUser | null>(null);
  TestBed.configureTestingModule({
    imports: [HeaderComponent],
    providers: [provideRouter([]), { provide: AuthStore, useValue: { loaded, user } }],
  });
  const fixture = TestBed.createComponent(HeaderComponent);
  const el = fixture.nativeElement as HTMLElement;
  const update = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const text = (selector: string) => el.querySelector(selector)?.textContent?.trim() ?? null;
  return { loaded, user, el, update, text };
}

describe('HeaderComponent session state', () => {
  it('shows a neutral loading state, never Đăng ký / Đăng nhập, until the session is known', async () => {
    const h = render();
    await h.update();
    expect(h.el.querySelector('[data-testid="nav-register"]')).toBeNull();
    expect(h.el.querySelector('[data-testid="nav-login"]')).toBeNull();
    expect(h.el.querySelector('[data-testid="user-menu"]')).toBeNull();
    const pending = h.el.querySelector('[data-testid="session-pending"]');
    expect(pending?.getAttribute('role')).toBe('status');
    expect(pending?.textContent).toContain('Đang kiểm tra phiên đăng nhập');
  });

  it('shows "Hồ sơ cá nhân" with the name once a logged-in session is known', async () => {
    const h = render();
    h.user.set(citizen);
    h.loaded.set(true);
    await h.update();
    expect(h.el.querySelector('[data-testid="session-pending"]')).toBeNull();
    expect(h.el.querySelector('[data-testid="nav-register"]')).toBeNull();
    const menu = h.el.querySelector('[data-testid="user-menu"]');
    expect(menu?.querySelector('.user-menu__label')?.textContent?.trim()).toBe('Hồ sơ cá nhân');
    expect(menu?.querySelector('.user-menu__name')?.textContent?.trim()).toBe('Nguyễn Văn An');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers Đăng ký and Đăng nhập once the session is known to be logged out', async () => {
    const h = render();
    h.loaded.set(true);
    await h.update();
    expect(h.el.querySelector('[data-testid="session-pending"]')).toBeNull();
    expect(h.text('[data-testid="nav-register"]')).toBe('Đăng ký');
    expect(h.text('[data-testid="nav-login"]')).toBe('Đăng nhập');
  });

  it('keeps the top bar inside the banner landmark', async () => {
    const h = render();
    h.loaded.set(true);
    await h.update();
    const banner = h.el.querySelector('header');
    expect(banner?.querySelector('app-language-switch')).not.toBeNull();
    expect(banner?.querySelector('[data-testid="nav-login"]')).not.toBeNull();
    expect(banner?.querySelector('.brand__home')).not.toBeNull();
  });
});

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe('HeaderComponent phone menu', () => {
  it('stays open when a navigation that was already loading ends, and closes when a link is followed', async () => {
    let release!: () => void;
    const slow = new Promise<boolean>((resolve) => (release = () => resolve(true)));
    TestBed.configureTestingModule({
      imports: [HeaderComponent],
      providers: [
        provideRouter([
          { path: 'cham', component: BlankPage, canActivate: [() => slow] },
          { path: 'khac', component: BlankPage },
        ]),
        { provide: AuthStore, useValue: { loaded: signal(true), user: signal(null) } },
      ],
    });
    const fixture = TestBed.createComponent(HeaderComponent);
    const el = fixture.nativeElement as HTMLElement;
    const toggle = el.querySelector('.brand__toggle') as HTMLButtonElement;
    const router = TestBed.inject(Router);
    const update = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    await update();

    // The first page is still loading (a slow guard) when the menu is opened.
    const loading = router.navigateByUrl('/cham');
    await Promise.resolve();
    toggle.click();
    // (Not whenStable: the pending navigation keeps the app busy until the guard answers.)
    fixture.detectChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    release();
    expect(await loading).toBe(true);
    await update();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await router.navigateByUrl('/khac');
    await update();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
