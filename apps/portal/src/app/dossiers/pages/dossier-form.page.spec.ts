import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  DossierListItemFragment,
  IntakeServiceByIdDocument,
  MyDossiersDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { DossierUploadService } from '../model/dossier-upload.service';
import { testService } from '../testing/intake-fixtures';
import { DossierFormPage } from './dossier-form.page';

@Component({ template: 'edit', changeDetection: ChangeDetectionStrategy.OnPush })
class EditStub {}

const service = testService();

const draft = (
  id: string,
  summary: string | null,
  createdAt: string,
  updatedAt: string,
): DossierListItemFragment => ({
  id,
  code: null,
  status: 'DRAFT',
  version: 1,
  createdAt,
  updatedAt,
  submittedAt: null,
  summary,
  availableActions: ['EDIT', 'DELETE', 'SUBMIT'],
  service: { id: 's1', name: service.name },
});

/** Issue 10, item 6: Đăng ký on a service that already has a draft. */
describe('DossierFormPage for a new dossier', () => {
  let drafts: DossierListItemFragment[];
  let asked: Record<string, unknown>[];

  beforeEach(() => {
    asked = [];
    const apollo = {
      query: ({ query, variables }: { query: DocumentNode; variables: Record<string, unknown> }) => {
        if (query === IntakeServiceByIdDocument) return of({ data: { service } });
        if (query === MyDossiersDocument) {
          asked.push(variables);
          const items = drafts;
          return of({
            data: { myDossiers: { totalCount: items.length, page: 1, pageSize: 5, pageCount: 1, items } },
          });
        }
        throw new Error('unexpected query');
      },
    };
    const account = { fullName: 'Nguyễn An', citizenId: '001090000001', phone: '0912345678' };
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ho-so-ca-nhan/ho-so/tao-moi/:serviceId', component: DossierFormPage },
            { path: 'ho-so-ca-nhan/ho-so/:id/sua', component: EditStub },
          ],
          withComponentInputBinding(),
        ),
        { provide: Apollo, useValue: apollo },
        { provide: AuthStore, useValue: { ensureLoaded: async () => account, account: signal(account) } },
        { provide: DossierUploadService, useValue: {} },
      ],
    });
  });

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ho-so-ca-nhan/ho-so/tao-moi/s1');
    for (let i = 0; i < 4; i++) {
      await harness.fixture.whenStable();
      await new Promise((r) => setTimeout(r));
      harness.detectChanges();
    }
    return harness;
  }

  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('offers “Tiếp tục hồ sơ đang soạn” per draft, told apart, or “Tạo hồ sơ mới”', async () => {
    drafts = [
      draft('d2', 'Đà Nẵng', '2026-11-21T01:00:00Z', '2026-11-21T01:20:00Z'),
      draft('d1', null, '2026-11-20T02:05:00Z', '2026-11-20T02:06:00Z'),
    ];
    const harness = await open();
    const el = harness.routeNativeElement!;
    expect(asked).toEqual([{ filter: { group: 'DRAFTS', serviceId: 's1' }, page: 1, pageSize: 5 }]);
    const choice = el.querySelector('[data-testid="draft-choice"]')!;
    expect(el.querySelector('[data-testid="intake-form"]')).toBeNull();
    expect(document.activeElement).toBe(choice.querySelector('h2'));
    const options = Array.from(choice.querySelectorAll('[data-testid="draft-option"]'));
    expect(options.map(text)).toEqual([
      'Đà Nẵng Tạo lúc 21/11/2026 08:00 · lưu lần cuối 21/11/2026 08:20 Tiếp tục hồ sơ đang soạn – Tạo lúc 21/11/2026 08:00',
      'Chưa khai thông tin Tạo lúc 20/11/2026 09:05 · lưu lần cuối 20/11/2026 09:06 Tiếp tục hồ sơ đang soạn – Tạo lúc 20/11/2026 09:05',
    ]);
    const links = Array.from(choice.querySelectorAll<HTMLAnchorElement>('[data-testid="continue-draft"]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/ho-so-ca-nhan/ho-so/d2/sua',
      '/ho-so-ca-nhan/ho-so/d1/sua',
    ]);

    const startNew = choice.querySelector<HTMLButtonElement>('[data-testid="start-new"]')!;
    expect(startNew.tagName).toBe('BUTTON');
    expect(text(startNew)).toBe('Tạo hồ sơ mới');
    startNew.click();
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('[data-testid="draft-choice"]')).toBeNull();
    expect(el.querySelector('[data-testid="intake-form"]')).not.toBeNull();
    await new Promise((r) => setTimeout(r));
    expect(document.activeElement?.id).toBe('f-applicant-fullName');
  });

  it('opens the form at once when the service has no draft', async () => {
    drafts = [];
    const harness = await open();
    expect(harness.routeNativeElement!.querySelector('[data-testid="draft-choice"]')).toBeNull();
    expect(harness.routeNativeElement!.querySelector('[data-testid="intake-form"]')).not.toBeNull();
  });
});
