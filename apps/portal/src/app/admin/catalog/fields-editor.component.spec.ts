import { TestBed } from '@angular/core/testing';
import {
  EditorCreateFieldDocument,
  EditorFieldFragment,
  EditorReorderFieldsDocument,
  EditorUpdateFieldDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { Observable, of, throwError } from 'rxjs';
import { FieldsEditorComponent } from './fields-editor.component';
import { FormPreviewComponent } from './form-preview.component';

const field = (id: string, key: string, label: string, type = 'TEXT'): EditorFieldFragment =>
  ({
    id,
    position: 0,
    key,
    label,
    help: null,
    type,
    required: true,
    options: null,
    minLength: null,
    maxLength: null,
    min: null,
    max: null,
    pattern: null,
    active: true,
  }) as EditorFieldFragment;

const FIELDS = [
  field('f1', 'hoTen', 'Họ và tên'),
  field('f2', 'ngaySinh', 'Ngày sinh', 'DATE'),
  field('f3', 'ghiChu', 'Ghi chú'),
];

describe('FieldsEditorComponent', () => {
  let calls: { mutation: DocumentNode; variables: Record<string, unknown> }[];
  let answer: () => Observable<unknown>;

  async function render(fields = FIELDS) {
    calls = [];
    answer = () => of({ data: { reorderFormFields: [] } });
    const apollo = {
      mutate: (call: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
        calls.push(call);
        return answer();
      },
    };
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: apollo }] });
    const fixture = TestBed.createComponent(FieldsEditorComponent);
    fixture.componentRef.setInput('serviceId', 's1');
    fixture.componentRef.setInput('fields', fields);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const order = () =>
      Array.from(el.querySelectorAll('[data-testid^="field-row-"]')).map((r) =>
        r.getAttribute('data-testid'),
      );
    const status = () => el.querySelector('[data-testid="reorder-status"]')?.textContent?.trim();
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, el, order, status, settle };
  }

  it('Alt+ArrowDown moves the focused row, announces it and saves the whole order', async () => {
    const { el, order, status, settle } = await render();
    const row = el.querySelector('[data-testid="field-row-hoTen"]') as HTMLElement;
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    await settle();
    expect(order()).toEqual(['field-row-ngaySinh', 'field-row-hoTen', 'field-row-ghiChu']);
    expect(status()).toBe('Đã chuyển “Họ và tên” tới vị trí 2 trên 3.');
    expect(calls).toHaveLength(1);
    expect(calls[0].mutation).toBe(EditorReorderFieldsDocument);
    expect(calls[0].variables).toEqual({ serviceId: 's1', fieldIds: ['f2', 'f1', 'f3'] });
  });

  it('buttons and drag and drop move too; a refused save puts the order back and says why', async () => {
    const { el, order, status, settle } = await render();
    (el.querySelector('[data-testid="field-up-ghiChu"]') as HTMLButtonElement).click();
    await settle();
    expect(order()).toEqual(['field-row-hoTen', 'field-row-ghiChu', 'field-row-ngaySinh']);

    const drag = (name: string, type: string) => {
      const e = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
      Object.defineProperty(e, 'dataTransfer', { value: { setData: () => undefined } });
      (el.querySelector(`[data-testid="field-row-${name}"]`) as HTMLElement).dispatchEvent(e);
    };
    answer = () => throwError(() => new Error('network'));
    drag('ngaySinh', 'dragstart');
    drag('hoTen', 'dragover');
    drag('hoTen', 'drop');
    await settle();
    expect(calls.map((c) => c.variables['fieldIds'])).toEqual([
      ['f1', 'f3', 'f2'],
      ['f2', 'f1', 'f3'],
    ]);
    // The second save failed: back to the last saved order, and the live region says so.
    expect(order()).toEqual(['field-row-hoTen', 'field-row-ghiChu', 'field-row-ngaySinh']);
    expect(status()).toContain('Không lưu được thứ tự');
  });

  it('lists a retired field apart, outside the order, and brings it back after a confirmation', async () => {
    const retired = { ...field('f4', 'soCu', 'Số cũ'), active: false };
    const { el, order, status, settle } = await render([...FIELDS, retired]);
    expect(order()).toEqual(['field-row-hoTen', 'field-row-ngaySinh', 'field-row-ghiChu']);
    const row = el.querySelector('[data-testid="field-retired-soCu"]') as HTMLElement;
    expect(row.textContent).toContain('Số cũ');
    // Moving an active row saves the active fields only: reorderFormFields refuses retired ones.
    (el.querySelector('[data-testid="field-down-hoTen"]') as HTMLButtonElement).click();
    await settle();
    expect(calls[0].variables['fieldIds']).toEqual(['f2', 'f1', 'f3']);

    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const button = row.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Hoạt động lại Số cũ');
    button.click();
    await settle();
    expect(calls.filter((c) => c.mutation === EditorUpdateFieldDocument)).toHaveLength(0);
    button.click();
    await settle();
    expect(confirm).toHaveBeenLastCalledWith('Cho “Số cũ” hoạt động trở lại?');
    const sent = calls.filter((c) => c.mutation === EditorUpdateFieldDocument);
    expect(sent.map((c) => c.variables)).toEqual([{ id: 'f4', input: { active: true } }]);
    expect(status()).toBe('“Số cũ” hoạt động trở lại.');
    confirm.mockRestore();
  });

  it('checks a new field with the shared rules before sending; the API never sees a bad key', async () => {
    const { el, settle } = await render();
    (el.querySelector('[data-testid="field-add"]') as HTMLButtonElement).click();
    await settle();
    const type = (id: string, value: string) => {
      const input = el.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('f-field-key', 'Ho Ten');
    type('f-field-label', 'Họ tên');
    (el.querySelector('[data-testid="field-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    expect(calls.filter((c) => c.mutation === EditorCreateFieldDocument)).toHaveLength(0);
    const error = el.querySelector('[data-testid="error-field.key"]');
    expect(error?.textContent).toBeTruthy();
    expect(el.querySelector('#f-field-key')?.getAttribute('aria-invalid')).toBe('true');

    type('f-field-key', 'hoTenMe');
    (el.querySelector('[data-testid="field-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    const sent = calls.find((c) => c.mutation === EditorCreateFieldDocument);
    expect(sent?.variables).toMatchObject({
      serviceId: 's1',
      input: { key: 'hoTenMe', label: 'Họ tên', type: 'TEXT' },
    });
  });
});

describe('FormPreviewComponent', () => {
  it('draws the fields with the citizen form’s own field component, in the given order', async () => {
    const fixture = TestBed.createComponent(FormPreviewComponent);
    fixture.componentRef.setInput('fields', [FIELDS[1], FIELDS[0]]);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const controls = Array.from(el.querySelectorAll('app-form-field-input'));
    expect(controls).toHaveLength(2);
    expect(el.querySelector('label[for="f-preview-ngaySinh"]')?.textContent).toContain('Ngày sinh');
    expect(controls[1].textContent).toContain('Họ và tên');
  });
});
