import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuditLogDocument } from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { Observable, of, throwError } from 'rxjs';
import { AuditLogPage } from './audit-log.page';

describe('AuditLogPage', () => {
  async function render(totalCount = 1, answer?: () => Observable<unknown>) {
    const calls: Record<string, unknown>[] = [];
    const apollo = {
      query: ({ query, variables }: { query: DocumentNode; variables: Record<string, unknown> }) => {
        if (query !== AuditLogDocument) throw new Error('unexpected query');
        calls.push(variables);
        if (answer) return answer();
        return of({
          data: {
            auditLog: {
              totalCount,
              page: 1,
              pageSize: 50,
              items: [
                {
                  id: 'e1',
                  at: '2026-11-29T08:15:00Z',
                  actorId: 'u1',
                  actorName: 'Trần Thị Bình',
                  actorRole: 'OFFICER',
                  actorIp: '203.0.113.5',
                  action: 'dossier.receive',
                  targetType: 'dossier',
                  targetId: 'd1',
                  summary: { from: 'SUBMITTED', to: 'RECEIVED' },
                },
              ],
            },
          },
        });
      },
    };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: Apollo, useValue: apollo }] });
    const fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, calls, el: fixture.nativeElement as HTMLElement };
  }

  it('shows entries and searches by action and days', async () => {
    const { fixture, calls, el } = await render();
    expect(
      Array.from(el.querySelectorAll('[data-testid="audit-table"] thead th')).map((th) =>
        th.textContent?.trim(),
      ),
    ).toEqual(['Thời điểm', 'Người thực hiện', 'Hành động', 'Đối tượng', 'Tóm tắt']);
    const caption = el.querySelector('[data-testid="audit-table"] caption') as HTMLElement;
    expect(caption.textContent?.trim()).toBe('Các mục nhật ký, mới nhất trước');
    expect(caption.classList).not.toContain('visually-hidden');
    expect(el.querySelector('[data-testid="audit-table"] tbody')?.textContent).toContain('dossier.receive');
    for (const control of Array.from(el.querySelectorAll('input'))) {
      expect(el.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
    const action = el.querySelector('#audit-action') as HTMLInputElement;
    action.value = 'auth.login_failed';
    action.dispatchEvent(new Event('input'));
    const from = el.querySelector('#audit-from') as HTMLInputElement;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="audit-filter"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await fixture.whenStable();
    const last = calls[calls.length - 1] as { filter: Record<string, unknown>; page: number };
    expect(last.filter['action']).toBe('auth.login_failed');
    expect(typeof last.filter['from']).toBe('string');
    expect(last.filter['to']).toBeNull();
    expect(last.page).toBe(1);
  });

  it('pages through the log: page 2 keeps the filter; previous / next are disabled at the ends', async () => {
    const { fixture, calls, el } = await render(120);
    const pager = () => el.querySelector('nav.pager') as HTMLElement;
    const [previous, next] = Array.from(pager().querySelectorAll('button'));
    expect(pager().getAttribute('aria-label')).toBe('Phân trang');
    expect(pager().textContent).toContain('1 / 3');
    expect(previous.disabled).toBe(true);
    next.click();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(calls[calls.length - 1]).toMatchObject({ page: 2, pageSize: 50, filter: { action: null } });
    expect(pager().textContent).toContain('2 / 3');
    expect(previous.disabled).toBe(false);
    next.click();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(next.disabled).toBe(true);
    expect(next.textContent?.trim()).toBe('Trang sau');
  });

  it('says when nothing matches (one row across the columns) and when the log cannot be read', async () => {
    const empty = await render(0, () =>
      of({ data: { auditLog: { totalCount: 0, page: 1, pageSize: 50, items: [] } } }),
    );
    const cell = empty.el.querySelector(
      '[data-testid="audit-table"] tbody td.empty-state',
    ) as HTMLTableCellElement;
    expect(cell.textContent?.trim()).toBe('Không có mục nào phù hợp.');
    expect(cell.colSpan).toBe(5);
    TestBed.resetTestingModule();
    const failed = await render(0, () => throwError(() => new Error('network')));
    expect(failed.el.querySelector('[data-testid="audit-table"]')).toBeNull();
    expect(failed.el.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Không tải được nhật ký.');
  });
});
