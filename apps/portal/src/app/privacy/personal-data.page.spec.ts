import { CombinedGraphQLErrors } from '@apollo/client';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { AuthStore } from '../core/auth/auth.store';
import { I18nService } from '../core/i18n/i18n.service';
import { PersonalDataPage } from './personal-data.page';

/** Dữ liệu cá nhân: the export link and the deletion, which explains itself and asks for the password. */
describe('PersonalDataPage', () => {
  let fixture: ComponentFixture<PersonalDataPage>;
  let calls: { operation: string; variables?: Record<string, unknown> }[];
  let answer: (operation: string) => unknown;
  let downloads: string[];
  let store: { account: ReturnType<typeof signal<unknown>>; setAccount: (a: unknown) => void };
  let cleared: number;

  beforeEach(async () => {
    calls = [];
    downloads = [];
    cleared = 0;
    store = { account: signal<unknown>({ id: 'a1' }), setAccount: (a) => store.account.set(a) };
    const apollo = {
      mutate: (options: {
        mutation: { definitions: { name?: { value: string } }[] };
        variables?: Record<string, unknown>;
      }) => {
        const operation = options.mutation.definitions[0].name?.value ?? '';
        calls.push({ operation, variables: options.variables });
        const result = answer(operation);
        return result instanceof Error ? throwError(() => result) : of(result);
      },
      client: { clearStore: async () => void cleared++ },
    };
    await TestBed.configureTestingModule({
      imports: [PersonalDataPage],
      providers: [
        provideRouter([]),
        { provide: Apollo, useValue: apollo },
        { provide: AuthStore, useValue: store },
      ],
    }).compileComponents();
    await TestBed.inject(I18nService).use(['privacy', 'dossiers']);
    fixture = TestBed.createComponent(PersonalDataPage);
    (fixture.componentInstance as unknown as { startDownload: (url: string) => void }).startDownload = (
      url,
    ) => downloads.push(url);
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
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    html().querySelector<T>(`[data-testid="${id}"]`);
  const click = async (id: string) => {
    byTestId(id)!.click();
    await settle();
  };

  it('says what deletion removes and what it keeps, before anything is asked', () => {
    expect(byTestId('removed-list')!.textContent).toContain('hồ sơ chưa gửi');
    expect(byTestId('kept-list')!.textContent).toContain('Hồ sơ đã gửi');
    expect(byTestId('kept-list')!.textContent).toContain('thời hạn pháp luật quy định');
  });

  it('exports: asks for a link, starts the download and leaves the link with its expiry (dd/MM/yyyy)', async () => {
    answer = () => ({
      data: { exportMyData: { url: '/files/exports/abc', expiresAt: '2026-11-30T10:00:00.000Z' } },
    });
    await click('export-button');
    expect(calls.map((c) => c.operation)).toEqual(['ExportMyData']);
    expect(downloads).toEqual(['/files/exports/abc']);
    expect(byTestId('export-link')!.getAttribute('href')).toBe('/files/exports/abc');
    expect(byTestId('export-ready')!.textContent).toMatch(/30\/11\/2026/);
  });

  it('deletes: the dialog needs the password, shows a wrong one beside the field, then logs out', async () => {
    await click('delete-button');
    expect(html().querySelector('dialog')).not.toBeNull();
    await click('delete-confirm');
    expect(calls).toHaveLength(0);
    expect(byTestId('error-password')!.textContent).toContain('Vui lòng nhập mật khẩu.');

    answer = () =>
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Mật khẩu không đúng.',
            extensions: { code: 'WRONG_PASSWORD', fields: { password: 'Mật khẩu không đúng.' } },
          },
        ],
      });
    const input = byTestId<HTMLInputElement>('delete-password')!;
    input.value = 'sai';
    input.dispatchEvent(new Event('input'));
    await click('delete-confirm');
    expect(calls).toEqual([{ operation: 'DeleteMyAccount', variables: { password: 'sai' } }]);
    expect(byTestId('error-password')!.textContent).toContain('Mật khẩu không đúng.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(store.account()).not.toBeNull();

    answer = () => ({ data: { deleteMyAccount: true } });
    input.value = 'dung roi';
    input.dispatchEvent(new Event('input'));
    await click('delete-confirm');
    expect(byTestId('account-deleted')!.textContent).toContain('Tài khoản của bạn đã được xóa');
    expect(html().querySelector('dialog')).toBeNull();
    expect(store.account()).toBeNull();
    expect(cleared).toBe(1);
  });
});
