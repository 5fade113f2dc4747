import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormFieldDefinition } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { FormFieldInputComponent } from '../../core/ui/form-field-input.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';

/**
 * The controls of a console form in a `.form-grid`, each drawn by the portal's shared field
 * component (label, required mark, help and error tied to the control), with the form's values and errors.
 */
@Component({
  selector: 'app-catalog-fields',
  imports: [FormFieldInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-grid">
      @for (d of definitions(); track d.key) {
        <app-form-field-input
          [field]="d"
          [name]="form().prefix + '.' + d.key"
          [label]="d.label"
          [full]="d.full"
          [verbatim]="d.verbatim"
          [value]="form().values()[d.key]"
          [error]="form().errors()[d.key] ?? null"
          (valueChange)="form().set(d.key, $event)"
        />
      }
    </div>
  `,
})
export class CatalogFieldsComponent {
  private readonly i18n = inject(I18nService);
  readonly form = input.required<CatalogForm>();
  readonly specs = input.required<readonly CatalogFieldSpec[]>();

  protected readonly definitions = computed(() => {
    this.i18n.lang();
    return this.specs().map((s): FormFieldDefinition & { full: boolean; verbatim: boolean } => ({
      ...s,
      label: this.i18n.t(s.label),
      help: s.help ? this.i18n.t(s.help) : undefined,
      options: s.options?.map((o) => ({
        value: o.value,
        label: s.rawOptions ? o.label : this.i18n.t(o.label),
      })),
      full: s.full ?? false,
      verbatim: s.key === 'code' || s.key === 'key' || s.key === 'pattern',
    }));
  });
}
