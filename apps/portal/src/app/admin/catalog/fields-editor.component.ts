import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import {
  EditorCreateFieldDocument,
  EditorDeactivateFieldDocument,
  EditorFieldFragment,
  EditorReorderFieldsDocument,
  EditorUpdateFieldDocument,
} from '@dvc/portal/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogForm } from './catalog-form';
import { CatalogAlertsComponent, CatalogRowActionsComponent } from './catalog-table.component';
import { FIELD_FORM_ORDER, fieldFormSpecs, fieldFormValues, fieldInputFrom } from './field-definition-form';
import { keyboardTarget, moveItem } from './field-order';

/**
 * The procedure's intake-form fields: add, edit, retire (and reactivate), and reorder by buttons, Alt+Arrow keys
 * (announced in a live region) or drag and drop (native HTML5). Each move is saved at once through
 * reorderFormFields; a refused move goes back and says why.
 */
@Component({
  selector: 'app-fields-editor',
  imports: [TranslatePipe, CatalogEditorFormComponent, CatalogRowActionsComponent, CatalogAlertsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './fields-editor.component.html',
  styleUrl: './fields-editor.component.scss',
})
export class FieldsEditorComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  readonly serviceId = input.required<string>();
  /** Every field of the procedure, retired ones included. */
  readonly fields = input.required<readonly EditorFieldFragment[]>();
  /** The active fields' order on screen (moved at once, then saved); the preview follows it. */
  readonly ordered = linkedSignal(() => this.fields().filter((f) => f.active));
  /** Retired fields: out of the form and its order, listed apart so that they can come back. */
  protected readonly retired = computed(() => this.fields().filter((f) => !f.active));
  readonly changed = output<void>();

  protected readonly announcement = signal('');
  protected readonly dragFrom = signal<number | null>(null);
  protected readonly dropAt = signal<number | null>(null);
  protected readonly editing = signal<EditorFieldFragment | 'new' | null>(null);
  protected readonly form = new CatalogForm('field', () => FIELD_FORM_ORDER);
  protected readonly specs = computed(() => fieldFormSpecs(this.form.text('type')));

  protected typeLabel(f: EditorFieldFragment): string {
    return this.i18n.t(`catalogAdmin.fieldTypes.${f.type}`);
  }

  // ---- Reordering ----

  protected onKey(event: KeyboardEvent, index: number): void {
    const to = keyboardTarget(event, index, this.ordered().length);
    if (to === null) return;
    event.preventDefault();
    void this.move(index, to, true);
  }

  protected dragStart(index: number, event: DragEvent): void {
    this.dragFrom.set(index);
    event.dataTransfer?.setData('text/plain', this.ordered()[index].id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  protected dragOver(index: number, event: DragEvent): void {
    if (this.dragFrom() === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropAt.set(index);
  }

  protected drop(index: number, event: DragEvent): void {
    event.preventDefault();
    const from = this.dragFrom();
    this.dragEnd();
    if (from !== null && from !== index) void this.move(from, index, false);
  }

  protected dragEnd(): void {
    this.dragFrom.set(null);
    this.dropAt.set(null);
  }

  /** Moves a field on screen, announces it, saves the whole order; keeps the focus on the moved row. */
  async move(from: number, to: number, keepFocus: boolean): Promise<void> {
    const before = this.ordered();
    const next = moveItem(before, from, to);
    if (next.every((f, i) => f.id === before[i].id)) return;
    const field = before[from];
    this.ordered.set(next);
    const position = next.findIndex((f) => f.id === field.id);
    this.announcement.set(
      this.i18n.t('catalogAdmin.reorder.moved', {
        label: field.label,
        position: position + 1,
        count: next.length,
      }),
    );
    if (keepFocus) setTimeout(() => document.getElementById(`field-row-${field.id}`)?.focus());
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: EditorReorderFieldsDocument,
          variables: { serviceId: this.serviceId(), fieldIds: next.map((f) => f.id) },
        }),
      );
      this.changed.emit();
    } catch (e) {
      this.ordered.set(before);
      const message = toUiError(e, this.i18n.lang()).message;
      this.announcement.set(this.i18n.t('catalogAdmin.reorder.failed', { message }));
    }
  }

  // ---- Definition form ----

  protected startCreate(editor: CatalogEditorFormComponent): void {
    this.editing.set('new');
    this.form.reset(fieldFormValues(null));
    editor.focus();
  }

  protected startEdit(f: EditorFieldFragment, editor: CatalogEditorFormComponent): void {
    this.editing.set(f);
    this.form.reset(fieldFormValues(f));
    editor.focus();
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const editing = this.editing();
    if (!editing) return;
    const input = fieldInputFrom(this.form, editing === 'new');
    if (!input) return;
    const done =
      editing === 'new'
        ? await this.form.submit(() =>
            this.apollo.mutate({
              mutation: EditorCreateFieldDocument,
              variables: { serviceId: this.serviceId(), input },
            }),
          )
        : await this.form.submit(() =>
            this.apollo.mutate({ mutation: EditorUpdateFieldDocument, variables: { id: editing.id, input } }),
          );
    if (done) {
      this.editing.set(null);
      this.announcement.set(this.i18n.t('catalogAdmin.common.saved', { name: input.label }));
      this.changed.emit();
      // The form closes: the focus goes back to the list's "add" button.
      setTimeout(() => document.getElementById('field-add')?.focus());
    }
  }

  protected async retire(f: EditorFieldFragment): Promise<void> {
    if (!confirm(this.i18n.t('catalogAdmin.common.confirmDeactivate', { name: f.label }))) return;
    const done = await this.form.submit(() =>
      this.apollo.mutate({ mutation: EditorDeactivateFieldDocument, variables: { id: f.id } }),
    );
    if (done) {
      this.announcement.set(this.i18n.t('catalogAdmin.common.deactivated', { name: f.label }));
      this.changed.emit();
    }
  }

  /** Brings a retired field back into the form, where its old position puts it. */
  protected async reactivate(f: EditorFieldFragment): Promise<void> {
    if (!confirm(this.i18n.t('catalogAdmin.common.confirmReactivate', { name: f.label }))) return;
    const done = await this.form.submit(() =>
      this.apollo.mutate({
        mutation: EditorUpdateFieldDocument,
        variables: { id: f.id, input: { active: true } },
      }),
    );
    if (done) {
      this.announcement.set(this.i18n.t('catalogAdmin.common.reactivated', { name: f.label }));
      this.changed.emit();
    }
  }
}
