import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { FormPageHarness } from '../../core/testing/form-page-harness';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  let page: FormPageHarness<LoginPage>;
  let sent: unknown[];

  beforeEach(async () => {
    sent = [];
    const apollo = {
      mutate: (options: { variables: { input: unknown } }) => {
        sent.push(options.variables.input);
        return of({ data: { login: { account: null } } });
      },
      client: { clearStore: async () => [] },
    };
    const store = { account: signal(null), setAccount: () => undefined };
    await TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]),
        { provide: Apollo, useValue: apollo },
        { provide: AuthStore, useValue: store },
      ],
    }).compileComponents();
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    page = new FormPageHarness(TestBed.createComponent(LoginPage));
    await page.settle();
  });

  const html = () => page.html;
  const control = (name: string) => page.control(name);
  const submit = () => page.submit('form.account-form');

  it('asks for both fields before it sends anything', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(html().querySelector('[data-testid="error-username"]')?.textContent).toContain('Vui lòng nhập');
    expect(html().querySelector('[data-testid="error-password"]')?.textContent).toContain('Vui lòng nhập');
  });

  it('shows the password on request and sends the trimmed name with "remember me"', async () => {
    expect(control('password').type).toBe('password');
    html().querySelector<HTMLButtonElement>('[aria-controls="f-password"]')!.click();
    await page.settle();
    expect(control('password').type).toBe('text');
    page.type('username', ' nguyenvana ');
    page.type('password', 'mot cum tu');
    const remember = html().querySelector<HTMLInputElement>('#f-rememberMe')!;
    remember.checked = true;
    remember.dispatchEvent(new Event('change'));
    await submit();
    expect(sent).toEqual([{ username: 'nguyenvana', password: 'mot cum tu', rememberMe: true }]);
  });
});
