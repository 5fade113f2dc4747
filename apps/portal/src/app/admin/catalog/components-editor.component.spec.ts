import { TestBed } from '@angular/core/testing';
import {
  EditorComponentFragment,
  EditorCreateComponentDocument,
  EditorUpdateComponentDocument,
  EditorUploadTemplateDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import type { DocumentNode } from 'graphql';
import { of } from 'rxjs';
import { MultipartUploadService } from '../../core/apollo/multipart-upload.service';
import { ComponentsEditorComponent } from './components-editor.component';

const COMPONENT = {
  id: 'c1',
  position: 1,
  name: 'Đơn đề nghị',
  description: '',
  required: true,
  originals: 1,
  copies: 0,
  acceptedTypes: ['pdf'],
  maxSizeMb: 5,
  template: null,
  active: true,
} as EditorComponentFragment;

describe('ComponentsEditorComponent', () => {
  let mutations: { mutation: DocumentNode; variables: Record<string, unknown> }[];
  let uploads: {
    document: DocumentNode;
    variables: Record<string, unknown>;
    files: { path: string; file: File }[];
  }[];

  async function render(components = [COMPONENT]) {
    mutations = [];
    uploads = [];
    const apollo = {
      mutate: (call: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
        mutations.push(call);
        return of({ data: { createDocumentComponent: COMPONENT } });
      },
    };
    const upload = {
      send: (
        document: DocumentNode,
        variables: Record<string, unknown>,
        files: { path: string; file: File }[],
      ) => {
        uploads.push({ document, variables, files });
        return of({ type: 'done', result: COMPONENT });
      },
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: apollo },
        { provide: MultipartUploadService, useValue: upload },
      ],
    });
    const fixture = TestBed.createComponent(ComponentsEditorComponent);
    fixture.componentRef.setInput('serviceId', 's1');
    fixture.componentRef.setInput('components', components);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { el, settle };
  }

  it('marks a retired component and reactivates it after a confirmation', async () => {
    const { el, settle } = await render([
      COMPONENT,
      { ...COMPONENT, id: 'c2', name: 'Bản sao cũ', active: false },
    ]);
    expect(el.querySelector('[data-testid="component-inactive-c1"]')).toBeNull();
    expect(el.querySelector('[data-testid="component-inactive-c2"]')?.textContent?.trim()).toBe('Đã ngừng');
    const buttons = Array.from(el.querySelectorAll('button')).map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(buttons).toContain('Ngừng Đơn đề nghị');
    const reactivate = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === 'Hoạt động lại Bản sao cũ',
    ) as HTMLButtonElement;
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    reactivate.click();
    await settle();
    expect(confirm).toHaveBeenCalledWith('Cho “Bản sao cũ” hoạt động trở lại?');
    expect(mutations).toEqual([
      { mutation: EditorUpdateComponentDocument, variables: { id: 'c2', input: { active: true } } },
    ]);
    expect(el.textContent).toContain('“Bản sao cũ” hoạt động trở lại.');
    confirm.mockRestore();
  });

  it('refuses unknown file types and a size of 0 in the browser, then sends a valid component', async () => {
    const { el, settle } = await render();
    (el.querySelector('[data-testid="component-add"]') as HTMLButtonElement).click();
    await settle();
    const type = (id: string, value: string) => {
      const input = el.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = () =>
      (el.querySelector('[data-testid="component-form"]') as HTMLFormElement).dispatchEvent(
        new Event('submit'),
      );
    type('f-component-name', 'Giấy tờ kèm theo');
    type('f-component-acceptedTypes', 'pdf, exe');
    type('f-component-maxSizeMb', '0');
    submit();
    await settle();
    expect(mutations).toHaveLength(0);
    expect(el.querySelector('[data-testid="error-component.acceptedTypes"]')?.textContent).toContain('exe');
    expect(el.querySelector('[data-testid="error-component.maxSizeMb"]')).not.toBeNull();

    type('f-component-acceptedTypes', 'pdf, JPG');
    type('f-component-maxSizeMb', '2');
    submit();
    await settle();
    expect(mutations.map((m) => m.mutation)).toEqual([EditorCreateComponentDocument]);
    expect(mutations[0].variables).toMatchObject({
      serviceId: 's1',
      input: {
        name: 'Giấy tờ kèm theo',
        acceptedTypes: ['pdf', 'JPG'],
        maxSizeMb: 2,
        required: true,
        originals: 1,
        copies: 0,
      },
    });
  });

  it('uploads a template for a component as a multipart file, with a labelled file input', async () => {
    const { el, settle } = await render();
    const input = el.querySelector('#template-c1') as HTMLInputElement;
    expect(el.querySelector('label[for="template-c1"]')?.textContent).toContain('Đơn đề nghị');
    const file = new File(['%PDF-1.7'], 'mau-don.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(uploads).toHaveLength(1);
    expect(uploads[0].document).toBe(EditorUploadTemplateDocument);
    expect(uploads[0].variables['componentId']).toBe('c1');
    expect(uploads[0].files).toEqual([{ path: 'variables.file', file }]);
    expect(el.textContent).toContain('mau-don.pdf');
  });
});
