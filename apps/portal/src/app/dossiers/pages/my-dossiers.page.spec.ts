import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  DossierDetailDocument,
  DossierFullFragment,
  DossierListItemFragment,
  MyDossiersDocument,
  SubmitDossierDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import {
  DESTINATION_FIELD,
  testComponent,
  testDossier,
  testFile,
  testService,
} from '../testing/intake-fixtures';
import { openRoutedPage, settleRoutedPage } from '../../core/testing/routed-page';
import { MyDossiersPage } from './my-dossiers.page';

@Component({ template: 'form', changeDetection: ChangeDetectionStrategy.OnPush })
class FormStub {}

const service = testService({
  components: [testComponent({ id: 'c1', position: 1, name: 'Tờ khai CT01', required: true })],
  formFields: [DESTINATION_FIELD],
}) as DossierFullFragment['service'];

const row = (over: Partial<DossierListItemFragment>): DossierListItemFragment => ({
  id: 'd1',
  code: null,
  status: 'DRAFT',
  version: 1,
  createdAt: '2026-11-20T02:05:00Z',
  updatedAt: '2026-11-21T09:30:00Z',
  submittedAt: null,
  summary: 'Thành phố Huế',
  availableActions: ['EDIT', 'DELETE', 'SUBMIT'],
  service: { id: 's1', name: 'Khai báo tạm vắng' },
  ...over,
});

const detail = (complete: boolean): DossierFullFragment =>
  testDossier(service, {
    formData: complete ? { destination: 'Huế' } : {},
    files: complete ? [testFile({ id: 'f' })] : [],
  });

describe('MyDossiersPage', () => {
  let drafts: DossierListItemFragment[];
  let sent: DossierListItemFragment[];
  let complete: boolean;
  let submits: string[];

  beforeEach(() => {
    drafts = [row({})];
    sent = [];
    complete = true;
    submits = [];
    const page = (items: DossierListItemFragment[]) => ({
      data: { myDossiers: { totalCount: items.length, page: 1, pageSize: 10, pageCount: 1, items } },
    });
    const apollo = {
      query: ({ query, variables }: { query: DocumentNode; variables: { filter?: { group?: string } } }) => {
        if (query === MyDossiersDocument) return of(page(variables.filter?.group === 'SENT' ? sent : drafts));
        if (query === DossierDetailDocument) return of({ data: { dossier: detail(complete) } });
        throw new Error('unexpected query');
      },
      mutate: ({ mutation, variables }: { mutation: DocumentNode; variables: { id: string } }) => {
        if (mutation !== SubmitDossierDocument) throw new Error('unexpected mutation');
        submits.push(variables.id);
        const done = row({ status: 'SUBMITTED', code: '000.00.12.H29-261121-0001', availableActions: [] });
        sent = [row({ id: 'd0', code: 'OLD-1', status: 'SUBMITTED', availableActions: [] }), done];
        drafts = [];
        return of({ data: { submitDossier: done } });
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'ho-so-ca-nhan/ho-so', component: MyDossiersPage },
          { path: 'ho-so-ca-nhan/ho-so/:id/sua', component: FormStub },
          { path: 'ho-so-ca-nhan/ho-so/:id', component: FormStub },
        ]),
        { provide: Apollo, useValue: apollo },
      ],
    });
  });

  const open = (url: string) => openRoutedPage(url, MyDossiersPage);

  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  /** What a sighted user reads on a control: its text without the screen-reader-only parts. */
  function visibleText(el: Element): string {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
    return text(copy);
  }
  const accessibleName = (el: Element) => el.getAttribute('aria-label') ?? text(el);

  it('starts every action’s accessible name with its visible words (label-content-name-mismatch)', async () => {
    sent = [row({ id: 'd2', code: 'H29-261121-0001', status: 'SUBMITTED', availableActions: [] })];
    const harness = await open('/ho-so-ca-nhan/ho-so');
    for (const url of ['/ho-so-ca-nhan/ho-so', '/ho-so-ca-nhan/ho-so?tab=da-gui']) {
      await harness.navigateByUrl(url);
      await settleRoutedPage(harness);
      const actions = Array.from(
        harness.routeNativeElement!.querySelectorAll('.row-actions a, .row-actions button'),
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const el of actions) {
        const visible = visibleText(el);
        expect(accessibleName(el).startsWith(visible)).toBe(true);
        // …and still says which dossier it acts on.
        expect(accessibleName(el).length).toBeGreaterThan(visible.length);
      }
    }
    const history = harness.routeNativeElement!.querySelector('[data-testid="action-history"]')!;
    expect(accessibleName(history)).toBe('Quá trình XL – hồ sơ H29-261121-0001');
  });

  it('tells drafts apart: created and last-saved times and a summary of the form', async () => {
    const harness = await open('/ho-so-ca-nhan/ho-so');
    const el = harness.routeNativeElement!;
    expect(text(el.querySelector('[data-testid="dossier-summary"]'))).toBe('Thành phố Huế');
    expect(text(el.querySelector('[data-testid="dossier-created"]'))).toBe('20/11/2026 09:05');
    expect(text(el.querySelector('[data-testid="dossier-saved"]'))).toBe('Lưu lần cuối: 21/11/2026 16:30');
  });

  it('lists what is missing, with links to the form, before asking anything', async () => {
    complete = false;
    const harness = await open('/ho-so-ca-nhan/ho-so');
    const el = harness.routeNativeElement!;
    (el.querySelector('[data-testid="action-submit"]') as HTMLElement).click();
    await settleRoutedPage(harness);
    const dialog = el.querySelector('dialog')!;
    expect(text(dialog.querySelector('h2'))).toBe('Hồ sơ chưa đầy đủ');
    const links = Array.from(dialog.querySelectorAll<HTMLAnchorElement>('[data-testid="missing-items"] a'));
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Thông tin: Nơi đến', '/ho-so-ca-nhan/ho-so/d1/sua#f-formData-destination'],
      ['Thành phần hồ sơ: Tờ khai CT01', '/ho-so-ca-nhan/ho-so/d1/sua#c-c1-input'],
    ]);
    expect(dialog.querySelector('[data-testid="confirm-submit"]')).toBeNull();
    expect(text(dialog)).not.toContain('Gửi hồ sơ “');
    expect(submits).toEqual([]);
  });

  it('asks “Gửi hồ sơ…?” when complete, then shows Đã gửi with the sent dossier highlighted', async () => {
    const harness = await open('/ho-so-ca-nhan/ho-so');
    const el = harness.routeNativeElement!;
    (el.querySelector('[data-testid="action-submit"]') as HTMLElement).click();
    await settleRoutedPage(harness);
    expect(text(el.querySelector('dialog'))).toContain(
      'Gửi hồ sơ “Khai báo tạm vắng” đến cơ quan tiếp nhận?',
    );
    expect(submits).toEqual([]);
    (el.querySelector('[data-testid="confirm-submit"]') as HTMLElement).click();
    await settleRoutedPage(harness);

    expect(submits).toEqual(['d1']);
    expect(TestBed.inject(Router).url).toBe('/ho-so-ca-nhan/ho-so?tab=da-gui');
    expect(text(el.querySelector('[data-testid="tab-sent"]'))).toBe('Đã gửi');
    expect(el.querySelector('[data-testid="tab-sent"]')?.getAttribute('aria-current')).toBe('page');
    expect(text(el.querySelector('[data-testid="flash"]'))).toContain('000.00.12.H29-261121-0001');
    const highlighted = el.querySelectorAll('[data-testid="dossier-row"][data-highlight="true"]');
    expect(highlighted).toHaveLength(1);
    expect(text(highlighted[0].querySelector('[data-testid="dossier-code"]'))).toBe(
      '000.00.12.H29-261121-0001',
    );
    expect(el.querySelectorAll('[data-testid="dossier-row"]')).toHaveLength(2);
    const toHistory = el.querySelector('[data-testid="flash-history"]')!;
    expect(accessibleName(toHistory)).toBe('Quá trình XL – hồ sơ 000.00.12.H29-261121-0001');
  });
});
