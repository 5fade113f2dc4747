import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
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
    fixture = TestBed.createComponent(LoginPage);
    await settle();
  });

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await fixture.whenStable();
      await new Promise((r) => setTimeout(r));
      fixture.detectChanges();
    }
  }

  const html = () => fixture.nativeElement as HTMLElement;
  const control = (name: string) => html().querySelector<HTMLInputElement>(`#f-${name}`)!;
  const type = (name: string, value: string) => {
    control(name).value = value;
    control(name).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    html()
      .querySelector('form.account-form')!
      .dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
  };

  it('asks for both fields before it sends anything', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(html().querySelector('[data-testid="error-username"]')?.textContent).toContain('Vui lòng nhập');
    expect(html().querySelector('[data-testid="error-password"]')?.textContent).toContain('Vui lòng nhập');
  });

  it('shows the password on request and sends the trimmed name with "remember me"', async () => {
    expect(control('password').type).toBe('password');
    html().querySelector<HTMLButtonElement>('[aria-controls="f-password"]')!.click();
    await settle();
    expect(control('password').type).toBe('text');
    type('username', ' nguyenvana ');
    type('password', 'mot cum tu');
    const remember = html().querySelector<HTMLInputElement>('[data-testid="remember-me"]')!;
    remember.checked = true;
    remember.dispatchEvent(new Event('change'));
    await submit();
    expect(sent).toEqual([{ username: 'nguyenvana', password: 'mot cum tu', rememberMe: true }]);
  });
});
