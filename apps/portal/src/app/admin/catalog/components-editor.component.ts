import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  EditorComponentFragment,
  EditorCreateComponentDocument,
  EditorDeactivateComponentDocument,
  EditorUpdateComponentDocument,
  EditorUploadTemplateDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { lastValueFrom } from 'rxjs';
import { UiError } from '../../core/apollo/graphql-errors';
import { MultipartUploadService } from '../../core/apollo/multipart-upload.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogForm } from './catalog-form';
import {
  CatalogAlertsComponent,
  CatalogRowActionsComponent,
  CatalogTableComponent,
} from './catalog-table.component';
import {
  ACCEPT_TEMPLATE,
  COMPONENT_FORM_ORDER,
  COMPONENT_SPECS,
  componentFormValues,
  componentInputFrom,
} from './component-form';

/**
 * The procedure's document components: list (retired ones marked), add, edit, retire or reactivate,
 * and each one's template upload.
 */
@Component({
  selector: 'app-components-editor',
  imports: [
    TranslatePipe,
    CatalogEditorFormComponent,
    CatalogRowActionsComponent,
    CatalogAlertsComponent,
    CatalogTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './components-editor.component.html',
  styles: [
    '.template-cell { display: flex; flex-direction: column; align-items: flex-start; gap: 0.25rem; flex: 1; min-width: 0; }',
    '.template-cell .input { max-width: 100%; }',
  ],
})
export class ComponentsEditorComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  private readonly uploads = inject(MultipartUploadService);
  readonly serviceId = input.required<string>();
  readonly components = input.required<readonly EditorComponentFragment[]>();
  readonly changed = output<void>();

  protected readonly specs = COMPONENT_SPECS;
  protected readonly columns = [
    'catalogAdmin.component.name',
    'catalogAdmin.component.rules',
    'catalogAdmin.component.template',
    'catalogAdmin.common.actions',
  ];
  protected readonly accept = ACCEPT_TEMPLATE;
  protected readonly editing = signal<EditorComponentFragment | 'new' | null>(null);
  protected readonly notice = signal('');
  protected readonly uploading = signal<string | null>(null);
  protected readonly form = new CatalogForm('component', () => COMPONENT_FORM_ORDER);

  protected startCreate(editor: CatalogEditorFormComponent): void {
    this.editing.set('new');
    this.form.reset(componentFormValues(null));
    editor.focus();
  }

  protected startEdit(c: EditorComponentFragment, editor: CatalogEditorFormComponent): void {
    this.editing.set(c);
    this.form.reset(componentFormValues(c));
    editor.focus();
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const editing = this.editing();
    if (!editing) return;
    const input = componentInputFrom(this.form, editing === 'new');
    if (!input) return;
    const done =
      editing === 'new'
        ? await this.form.submit(() =>
            this.apollo.mutate({
              mutation: EditorCreateComponentDocument,
              variables: { serviceId: this.serviceId(), input },
            }),
          )
        : await this.form.submit(() =>
            this.apollo.mutate({
              mutation: EditorUpdateComponentDocument,
              variables: { id: editing.id, input },
            }),
          );
    if (done) this.done('catalogAdmin.common.saved', input.name);
  }

  /** Retires an active component or brings a retired one back, after the user confirms. */
  protected async toggleActive(c: EditorComponentFragment): Promise<void> {
    const key = c.active ? 'catalogAdmin.common.confirmDeactivate' : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: c.name }))) return;
    const done = c.active
      ? await this.form.submit(() =>
          this.apollo.mutate({ mutation: EditorDeactivateComponentDocument, variables: { id: c.id } }),
        )
      : await this.form.submit(() =>
          this.apollo.mutate({
            mutation: EditorUpdateComponentDocument,
            variables: { id: c.id, input: { active: true } },
          }),
        );
    if (done)
      this.done(c.active ? 'catalogAdmin.common.deactivated' : 'catalogAdmin.common.reactivated', c.name);
  }

  /** uploadComponentTemplate: a GraphQL multipart request through the portal's upload service. */
  protected async upload(c: EditorComponentFragment, target: HTMLInputElement): Promise<void> {
    const file = target.files?.[0];
    if (!file) return;
    this.uploading.set(c.id);
    this.form.error.set(null);
    try {
      await lastValueFrom(
        this.uploads.send(
          EditorUploadTemplateDocument,
          { componentId: c.id, file: null as unknown as File },
          [{ path: 'variables.file', file }],
          this.i18n.lang(),
          (data) => data.uploadComponentTemplate,
        ),
      );
      this.done('catalogAdmin.component.uploaded', file.name);
    } catch (e) {
      this.form.error.set((e as UiError).message ?? String(e));
    } finally {
      this.uploading.set(null);
      target.value = '';
    }
  }

  private done(key: string, name: string): void {
    this.editing.set(null);
    this.notice.set(this.i18n.t(key, { name }));
    // The form closes: the focus goes to the message rather than to the page's start.
    setTimeout(() => document.getElementById('component-notice')?.focus());
    this.changed.emit();
  }
}
