import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  AdminAccountsDocument,
  AdminAgenciesDocument,
  DeactivateAccountDocument,
  InviteAccountDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import { AccountsPage } from './accounts.page';

const account = {
  id: 'u1',
  username: 'canbo',
  email: 'canbo@example.vn',
  fullName: 'Trần Thị Bình',
  role: 'OFFICER',
  agencyId: 'a1',
  agencyName: 'Sở Tư pháp',
  active: true,
  deactivatedAt: null,
  lastLoginAt: '2026-11-29T08:15:00Z',
  emailVerified: true,
  createdAt: '2026-11-01T00:00:00Z',
};

describe('AccountsPage', () => {
  let mutations: { mutation: DocumentNode; variables: Record<string, unknown> }[];
  let queries: Record<string, unknown>[];

  async function render(): Promise<HTMLElement> {
    mutations = [];
    queries = [];
    const apollo = {
      query: ({ query, variables }: { query: DocumentNode; variables: Record<string, unknown> }) => {
        if (query === AdminAccountsDocument) {
          queries.push(variables);
          return of({ data: { adminAccounts: { totalCount: 1, page: 1, pageSize: 20, items: [account] } } });
        }
        if (query === AdminAgenciesDocument)
          return of({ data: { agencies: [{ id: 'a1', name: 'Sở Tư pháp' }] } });
        throw new Error('unexpected query');
      },
      mutate: (call: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
        mutations.push(call);
        return of({ data: { x: account } });
      },
    };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: Apollo, useValue: apollo }] });
    const fixture = TestBed.createComponent(AccountsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists accounts with role, agency, status and last login, every control labelled', async () => {
    const el = await render();
    const row = el.querySelector('[data-testid="accounts-table"] tbody tr') as HTMLElement;
    expect(row.textContent).toContain('Trần Thị Bình');
    expect(row.textContent).toContain('Sở Tư pháp');
    for (const control of Array.from(el.querySelectorAll('input, select'))) {
      expect(el.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
  });

  it('invites an officer of the chosen agency, and deactivates only after a confirmation', async () => {
    const el = await render();
    const type = (id: string, value: string) => {
      const input = el.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    };
    type('invite-username', 'canbo.moi');
    type('invite-email', 'canbo.moi@example.vn');
    type('invite-name', 'Lê Văn Mới');
    type('invite-agency', 'a1');
    (el.querySelector('[data-testid="invite-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await new Promise((r) => setTimeout(r));
    expect(mutations[0].mutation).toBe(InviteAccountDocument);
    expect(mutations[0].variables).toEqual({
      input: {
        username: 'canbo.moi',
        email: 'canbo.moi@example.vn',
        fullName: 'Lê Văn Mới',
        role: 'OFFICER',
        agencyId: 'a1',
      },
    });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const toggle = el.querySelector('[data-testid="toggle-canbo"]') as HTMLButtonElement;
    toggle.click();
    await new Promise((r) => setTimeout(r));
    expect(mutations).toHaveLength(1);
    toggle.click();
    await new Promise((r) => setTimeout(r));
    expect(mutations[1]).toEqual({ mutation: DeactivateAccountDocument, variables: { id: 'u1' } });
    confirm.mockRestore();
  });
});
