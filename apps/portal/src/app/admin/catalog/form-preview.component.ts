import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { EditorFieldFragment } from '@dvc/portal/data-access';
import { fieldIssueMessage, toFormFieldDefinition, validateFieldValue } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FormFieldInputComponent } from '../../core/ui/form-field-input.component';

/**
 * Live preview of the intake form: the same field component, definitions and checks as the
 * citizen's dossier form (dossiers/pages/dossier-form.page.html), in the order being edited.
 * Values typed here stay in the page; nothing is sent.
 */
@Component({
  selector: 'app-form-preview',
  imports: [TranslatePipe, FormFieldInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="preview-title" data-testid="form-preview">
      <h2 class="card__title" id="preview-title">{{ 'catalogAdmin.preview.title' | t }}</h2>
      <p class="field__help">{{ 'catalogAdmin.preview.hint' | t }}</p>
      <fieldset class="preview">
        <legend class="card__title">{{ 'dossiers.form.formTitle' | t }}</legend>
        @if (definitions().length === 0) {
          <p class="field__help">{{ 'dossiers.form.noFields' | t }}</p>
        }
        <div class="form-grid">
          @for (f of definitions(); track f.key) {
            <app-form-field-input
              [field]="f"
              [name]="'preview.' + f.key"
              [label]="f.label"
              [value]="values()[f.key]"
              [error]="errors()[f.key] ?? null"
              (valueChange)="set(f.key, $event)"
              (blurred)="validate(f.key)"
            />
          }
        </div>
      </fieldset>
    </section>
  `,
  styles: `
    .preview {
      border: 1px dashed var(--c-border);
      padding: 1rem;
      margin: 0;
      min-width: 0;
    }
  `,
})
export class FormPreviewComponent {
  private readonly i18n = inject(I18nService);
  readonly fields = input.required<readonly EditorFieldFragment[]>();
  protected readonly definitions = computed(() => this.fields().map(toFormFieldDefinition));
  protected readonly values = signal<Record<string, unknown>>({});
  protected readonly errors = signal<Partial<Record<string, string>>>({});

  protected set(key: string, value: unknown): void {
    this.values.update((v) => ({ ...v, [key]: value }));
    this.errors.update(({ [key]: _, ...rest }) => rest);
  }

  protected validate(key: string): void {
    const field = this.definitions().find((f) => f.key === key);
    if (!field) return;
    const issue = validateFieldValue(field, this.values()[key]);
    this.errors.update((e) => {
      const { [key]: _, ...rest } = e;
      return issue ? { ...rest, [key]: fieldIssueMessage(issue, this.i18n.lang()) } : rest;
    });
  }
}
