import { CombinedGraphQLErrors } from '@apollo/client';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { FormPageHarness } from '../../core/testing/form-page-harness';
import { RegisterPage } from './register.page';

/** Issue 10, item 7: the registration form after the server refused it. */
describe('RegisterPage after a server error', () => {
  let page: FormPageHarness<RegisterPage>;
  let captchas: number;
  let answer: () => unknown;
  let sent: { variables: { input: Record<string, unknown> } }[];

  const typed: Record<string, string> = {
    username: 'nguyenvana',
    email: 'an@example.vn',
    password: 'mot cum tu that dai de nho',
    passwordConfirm: 'mot cum tu that dai de nho',
    fullName: 'Nguyễn Văn An',
    citizenId: '001090000001',
    dateOfBirth: '15/05/1990',
    gender: 'MALE',
    phone: '0912345678',
    captchaAnswer: 'x7k2p',
  };

  const refusal = (message: string, code: string, fields: Record<string, string>) =>
    new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, fields } }] });

  beforeEach(async () => {
    captchas = 0;
    sent = [];
    const apollo = {
      query: () => of({ data: { captcha: { id: `captcha-${++captchas}`, svg: '<svg></svg>' } } }),
      mutate: (request: (typeof sent)[number]) => {
        sent.push(request);
        return throwError(answer);
      },
    };
    await TestBed.configureTestingModule({
      imports: [RegisterPage],
      providers: [provideRouter([]), { provide: Apollo, useValue: apollo }],
    }).compileComponents();
    page = new FormPageHarness(TestBed.createComponent(RegisterPage));
    await page.settle();
  });

  const html = () => page.html;
  const input = (name: string) => page.control(name);
  const occurrences = (text: string) => html().textContent!.split(text).length - 1;

  async function fillAndSubmit(consent = true): Promise<void> {
    for (const [name, value] of Object.entries(typed)) page.type(name, value);
    if (consent) html().querySelector<HTMLInputElement>('#f-privacyConsent')!.click();
    // The page renders between the typing and the click on Lưu lại, as in a browser.
    await page.settle();
    await page.submit();
  }

  it('shows a taken e-mail once, beside its field, keeps the values and gives a quiet fresh captcha', async () => {
    answer = () =>
      refusal('Địa chỉ e-mail đã được sử dụng.', 'EMAIL_TAKEN', {
        email: 'Địa chỉ e-mail đã được sử dụng cho tài khoản khác.',
      });
    await fillAndSubmit();

    expect(html().querySelector('[data-testid="error-email"]')?.textContent).toContain(
      'Địa chỉ e-mail đã được sử dụng cho tài khoản khác.',
    );
    expect(occurrences('Địa chỉ e-mail đã được sử dụng')).toBe(1);
    expect(html().querySelector('[data-testid="form-error"]')).toBeNull();
    expect(input('email').getAttribute('aria-invalid')).toBe('true');

    // A fresh captcha, its field empty and without any error.
    expect(captchas).toBe(2);
    expect(input('captchaAnswer').value).toBe('');
    expect(html().querySelector('[data-testid="error-captchaAnswer"]')).toBeNull();
    expect(input('captchaAnswer').getAttribute('aria-invalid')).toBeNull();
    expect(occurrences('Vui lòng nhập thông tin này')).toBe(0);

    // Everything else as typed.
    for (const name of Object.keys(typed).filter((n) => n !== 'captchaAnswer')) {
      expect([name, input(name).value]).toEqual([name, typed[name]]);
    }
  });

  it('shows a wrong captcha answer once, beside the fresh captcha, instead of “required”', async () => {
    const text = 'Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.';
    answer = () =>
      refusal('Mã xác nhận không đúng hoặc đã hết hạn.', 'CAPTCHA_INVALID', { captchaAnswer: text });
    await fillAndSubmit();

    expect(captchas).toBe(2);
    expect(input('captchaAnswer').value).toBe('');
    expect(html().querySelector('[data-testid="error-captchaAnswer"]')?.textContent?.trim()).toBe(text);
    expect(occurrences('Mã xác nhận không đúng')).toBe(1);
    expect(occurrences('Vui lòng nhập thông tin này')).toBe(0);
    expect(input('username').value).toBe(typed['username']);
  });

  it('keeps a general error above the form when it is about no field', async () => {
    answer = () =>
      new CombinedGraphQLErrors({
        errors: [{ message: 'Hệ thống đang gặp sự cố.', extensions: { code: 'INTERNAL_ERROR' } }],
      });
    await fillAndSubmit();
    expect(html().querySelector('[data-testid="form-error"]')?.textContent).toContain(
      'Hệ thống đang gặp sự cố.',
    );
    expect(input('captchaAnswer').value).toBe('');
    expect(occurrences('Vui lòng nhập thông tin này')).toBe(0);
  });

  it('requires the privacy consent box, unticked at first, with its link, before anything is sent', async () => {
    const box = html().querySelector<HTMLInputElement>('#f-privacyConsent')!;
    expect(box.checked).toBe(false);
    expect(html().querySelector('[data-testid="privacy-link"]')?.getAttribute('href')).toBe(
      '/chinh-sach-bao-ve-du-lieu',
    );
    await fillAndSubmit(false);
    expect(sent).toHaveLength(0);
    expect(html().querySelector('[data-testid="error-privacyConsent"]')?.textContent).toContain(
      'Chính sách bảo vệ dữ liệu cá nhân',
    );
    expect(input('privacyConsent').getAttribute('aria-invalid')).toBe('true');

    answer = () =>
      new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_ERROR' } }] });
    box.click();
    await page.submit();
    expect(html().querySelector('[data-testid="error-privacyConsent"]')).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0].variables.input['privacyConsent']).toBe(true);
  });
});
