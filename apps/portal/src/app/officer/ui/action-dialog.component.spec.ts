import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import type { OfficerAction } from '../model/officer-actions';
import { ResultUploadService, ReviewedDossier } from '../model/result-upload.service';
import { ActionDialogComponent } from './action-dialog.component';

const dossier = {
  id: 'd1',
  version: 4,
  service: {
    components: [
      { id: 'c1', position: 1, name: 'Đơn yêu cầu' },
      { id: 'c2', position: 2, name: 'Giấy tờ chứng minh' },
    ],
    formFields: [{ key: 'caseSummary', label: 'Tóm tắt nội dung vụ việc' }],
  },
} as unknown as ReviewedDossier;

describe('ActionDialogComponent', () => {
  const mutate = jest.fn();
  const complete = jest.fn();

  function render(action: OfficerAction) {
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: { mutate } },
        { provide: ResultUploadService, useValue: { complete } },
      ],
    });
    const fixture = TestBed.createComponent(ActionDialogComponent);
    fixture.componentRef.setInput('action', action);
    fixture.componentRef.setInput('dossier', dossier);
    fixture.detectChanges();
    const done: ReviewedDossier[] = [];
    const conflicts: string[] = [];
    fixture.componentInstance.done.subscribe((d) => done.push(d));
    fixture.componentInstance.conflict.subscribe((m) => conflicts.push(m));
    const root = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement>(testId: string) => root.querySelector<T>(`[data-testid="${testId}"]`);
    const type = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string) => {
      if (!el) throw new Error('no such control');
      el.value = value;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
      fixture.detectChanges();
    };
    const confirm = async () => {
      q('action-form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, root, q, type, confirm, done, conflicts };
  }

  beforeEach(() => {
    mutate.mockReset();
    complete.mockReset();
  });

  it('needs a rejection reason before sending anything', async () => {
    const { q, type, confirm, root } = render('REJECT');
    await confirm();
    expect(mutate).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Vui lòng nhập lý do từ chối.');
    mutate.mockReturnValue(of({ data: { rejectDossier: { ...dossier, version: 5 } } }));
    type(q<HTMLTextAreaElement>('action-reason'), '  Không thuộc thẩm quyền  ');
    await confirm();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { id: 'd1', expectedVersion: 4, reason: 'Không thuộc thẩm quyền' },
      }),
    );
  });

  it('sends supplement items for a component and a field, with the version on screen', async () => {
    const { fixture, root, q, type, confirm, done } = render('REQUEST_SUPPLEMENT');
    type(q<HTMLSelectElement>('supplement-target'), 'c:c2');
    type(q<HTMLTextAreaElement>('supplement-comment'), 'Bản chụp bị mờ');
    q('supplement-add')?.click();
    fixture.detectChanges();
    const selects = root.querySelectorAll<HTMLSelectElement>('[data-testid="supplement-target"]');
    const comments = root.querySelectorAll<HTMLTextAreaElement>('[data-testid="supplement-comment"]');
    type(selects[1], 'f:caseSummary');
    type(comments[1], 'Ghi rõ thời điểm tranh chấp');
    type(q<HTMLTextAreaElement>('action-note'), 'Bổ sung trong 5 ngày');
    mutate.mockReturnValue(of({ data: { requestSupplement: { ...dossier, version: 5 } } }));
    await confirm();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          id: 'd1',
          expectedVersion: 4,
          note: 'Bổ sung trong 5 ngày',
          items: [
            { componentId: 'c2', comment: 'Bản chụp bị mờ' },
            { fieldKey: 'caseSummary', comment: 'Ghi rõ thời điểm tranh chấp' },
          ],
        },
      }),
    );
    expect(done.map((d) => d.version)).toEqual([5]);
  });

  it('hands a stale answer to the page (which reloads) instead of showing it in the dialog', async () => {
    const { confirm, conflicts, done, q } = render('RECEIVE');
    mutate.mockReturnValue(
      throwError(
        () =>
          new CombinedGraphQLErrors({
            errors: [{ message: 'Hồ sơ đã được thay đổi.', extensions: { code: 'STALE_DOSSIER' } }],
          }),
      ),
    );
    await confirm();
    expect(done).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain('người khác xử lý');
    expect(q('action-error')).toBeNull();
  });

  it('refuses to issue a result without a file', async () => {
    const { confirm, root } = render('COMPLETE');
    await confirm();
    expect(complete).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Cần ít nhất một tệp kết quả.');
  });

  it('lists the picked result files, each with a remove button named after it', () => {
    const { fixture, root, q } = render('COMPLETE');
    const input = q<HTMLInputElement>('result-files')!;
    const files = [new File(['a'], 'quyet-dinh.pdf'), new File(['b'], 'giay-phep.pdf')];
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const items = () => Array.from(root.querySelectorAll('[data-testid="result-file"]'));
    expect(items().map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'quyet-dinh.pdf',
      'giay-phep.pdf',
    ]);
    const remove = items()[0].querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Xóa tệp quyet-dinh.pdf');
    expect(remove.classList).toContain('btn--danger');
    remove.click();
    fixture.detectChanges();
    expect(items().map((li) => li.querySelector('strong')?.textContent)).toEqual(['giay-phep.pdf']);
  });
});
