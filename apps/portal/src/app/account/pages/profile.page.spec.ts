import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AccountFieldsFragment } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { FormPageHarness } from '../../core/testing/form-page-harness';
import { ProfilePage } from './profile.page';

/** The profile form on the portal's one form stack (signal FormState + the shared field component). */
describe('ProfilePage', () => {
  let page: FormPageHarness<ProfilePage>;
  let sent: unknown[];

  const account = {
    id: 'a1',
    username: 'nguyenvana',
    email: 'an@example.vn',
    emailVerified: true,
    pendingEmail: null,
    fullName: 'Nguyễn Văn An',
    citizenId: '001090000001',
    dateOfBirth: '1990-05-15',
    gender: 'MALE',
    phone: '0912345678',
    provinceCode: '01',
    provinceName: 'Thành phố Hà Nội',
    commune: 'Phường Hoàn Kiếm',
    street: '1 Tràng Tiền',
    role: 'CITIZEN',
    agencyId: null,
  } as unknown as AccountFieldsFragment;

  beforeEach(async () => {
    sent = [];
    const store = {
      account: signal<AccountFieldsFragment | null>(account),
      unreachable: signal(false),
      isLoggedIn: signal(true),
      refresh: async () => null,
      setAccount: (a: AccountFieldsFragment | null) => store.account.set(a),
    };
    const apollo = {
      mutate: (options: { variables: { input: unknown } }) => {
        sent.push(options.variables.input);
        return of({ data: { updateProfile: { ...account, phone: '0987654321' } } });
      },
    };
    await TestBed.configureTestingModule({
      imports: [ProfilePage],
      providers: [
        provideRouter([]),
        { provide: Apollo, useValue: apollo },
        { provide: AuthStore, useValue: store },
      ],
    }).compileComponents();
    page = new FormPageHarness(TestBed.createComponent(ProfilePage));
    await page.settle();
  });

  const html = () => page.html;
  const control = (name: string) => page.control(name);
  const type = (name: string, value: string) => page.type(name, value, true);
  const submit = () => page.submit();

  it('shows the account as the server has it, the date as dd/MM/yyyy and the province chosen', () => {
    expect(control('fullName').value).toBe('Nguyễn Văn An');
    expect(control('dateOfBirth').value).toBe('15/05/1990');
    expect(control('provinceCode').value).toBe('01');
    expect(control('gender').value).toBe('MALE');
    expect(html().querySelector('label[for="f-phone"]')?.textContent).toContain('Số điện thoại');
    expect(control('phone').getAttribute('aria-required')).toBe('true');
  });

  it('shows an inline message after the field lost focus, and sends nothing while it stands', async () => {
    type('phone', '12');
    await page.settle();
    expect(html().querySelector('[data-testid="error-phone"]')?.textContent).toBeTruthy();
    expect(control('phone').getAttribute('aria-invalid')).toBe('true');
    await submit();
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(control('phone'));
  });

  it('sends only what the user edited, the date as YYYY-MM-DD', async () => {
    type('phone', '0987654321');
    type('dateOfBirth', '01/02/1991');
    await page.settle();
    await submit();
    expect(sent).toEqual([{ phone: '0987654321', dateOfBirth: '1991-02-01' }]);
    expect(html().querySelector('[data-testid="profile-saved"]')).not.toBeNull();
  });
});
