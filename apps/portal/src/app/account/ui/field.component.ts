import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { fieldId, FormState } from '../account-form';

/**
 * One labelled form field: label (with * when required), the projected control, a hint and the
 * inline error. The control inside carries `appFieldInput`, which ties id, aria-invalid and
 * aria-describedby to this field.
 */
@Component({
  selector: 'app-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--full]': 'full()' },
  template: `
    @if (!checkbox()) {
      <label class="field__label" [attr.for]="id()">
        {{ label() | t }}
        @if (required()) {
          <span class="field__required" aria-hidden="true">*</span>
        }
      </label>
    }
    <ng-content />
    @if (hint()) {
      <p class="field__help" [id]="id() + '-hint'">{{ hint() | t }}</p>
    }
    @if (message(); as m) {
      <p class="field__error" [id]="id() + '-error'" [attr.data-testid]="'error-' + name()">{{ m }}</p>
    }
  `,
  styles: `
    .field__help,
    .field__error {
      margin: 0;
    }
  `,
})
export class FieldComponent {
  readonly state = input.required<FormState>();
  readonly name = input.required<string>();
  readonly label = input('');
  readonly hint = input('');
  readonly required = input(false);
  readonly full = input(false);
  /** A checkbox labels itself (label wraps the input). */
  readonly checkbox = input(false);

  readonly id = computed(() => fieldId(this.name()));

  message(): string | null {
    return this.state().message(this.name());
  }

  describedBy(): string | null {
    const ids = [this.hint() ? `${this.id()}-hint` : null, this.message() ? `${this.id()}-error` : null];
    return ids.filter(Boolean).join(' ') || null;
  }
}

@Directive({
  selector: '[appFieldInput]',
  host: {
    '[id]': 'field.id()',
    '[attr.aria-invalid]': 'field.message() ? "true" : null',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-required]': 'field.required() ? "true" : null',
  },
})
export class FieldInputDirective {
  protected readonly field = inject(FieldComponent);
}
