import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormStatus } from './form-state';

/** The form's general error (role="alert"), when there is one. */
@Component({
  selector: 'app-form-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: an empty one would still take a gap in a flex form.
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @if (state().errorMessage(); as message) {
      <div class="alert alert--error" role="alert" [attr.data-testid]="testId()">{{ message }}</div>
    }
  `,
})
export class FormErrorComponent {
  readonly state = input.required<FormStatus>();
  readonly testId = input<string>();
}
