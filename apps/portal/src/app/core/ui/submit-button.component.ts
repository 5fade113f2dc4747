import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FormStatus } from './form-state';

/** The form's primary button in its `.actions` row; while the form is saving, a spinner and `saving`. */
@Component({
  selector: 'app-submit-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'actions' },
  template: `
    <button
      type="submit"
      class="btn btn--primary"
      [disabled]="state().saving()"
      [attr.data-testid]="testId()"
    >
      @if (state().saving()) {
        <span class="spinner" aria-hidden="true"></span> {{ saving() | t }}
      } @else {
        {{ label() | t }}
      }
    </button>
  `,
})
export class SubmitButtonComponent {
  readonly state = input.required<FormStatus>();
  /** Translation keys of the button text, and of the text while saving. */
  readonly label = input.required<string>();
  readonly saving = input.required<string>();
  readonly testId = input<string>();
}
