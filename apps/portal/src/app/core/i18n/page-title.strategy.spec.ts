import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';
import { PortalTitleStrategy } from './page-title.strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

describe('PortalTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: BlankPage },
          { path: 'dang-nhap', title: 'account.login.title', component: BlankPage },
        ]),
        { provide: TitleStrategy, useExisting: PortalTitleStrategy },
      ],
    });
  });

  const title = () => TestBed.inject(Title).getTitle();

  it('translates the route title and appends the portal name, again after a language switch', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/dang-nhap');
    TestBed.tick();
    expect(title()).toBe('Đăng nhập | Cổng Dịch vụ công trực tuyến');

    TestBed.inject(I18nService).setLang('en');
    TestBed.tick();
    await new Promise((r) => setTimeout(r, 0));
    TestBed.tick();
    expect(title()).toBe('Log in | Online Public Service Portal');
  });

  it('uses the portal name alone without a title, and what a page names when it does', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    TestBed.tick();
    expect(title()).toBe('Cổng Dịch vụ công trực tuyến');

    TestBed.inject(PortalTitleStrategy).setDetail('Đăng ký khai sinh');
    TestBed.tick();
    expect(title()).toBe('Đăng ký khai sinh | Cổng Dịch vụ công trực tuyến');

    // The next page starts from its own route title.
    await router.navigateByUrl('/dang-nhap');
    TestBed.tick();
    expect(title()).toBe('Đăng nhập | Cổng Dịch vụ công trực tuyến');
  });
});
