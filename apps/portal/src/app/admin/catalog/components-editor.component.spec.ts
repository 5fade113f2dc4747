import { TestBed } from '@angular/core/testing';
import {
  EditorComponentFragment,
  EditorCreateComponentDocument,
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

  async function render() {
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
    fixture.componentRef.setInput('components', [COMPONENT]);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { el, settle };
  }

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
