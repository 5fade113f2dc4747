import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * A labelled multi-line text field (`.field`: label above, the textarea below) bound two-way to a
 * signal: `<app-textarea-field fieldId="x" label="i18n.key" [maxLength]="n" [(value)]="text" />`.
 */
@Component({
  selector: 'app-textarea-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label class="field__label" [attr.for]="fieldId()">{{ label() | t }}</label>
    <textarea
      class="input"
      [id]="fieldId()"
      [rows]="rows()"
      [maxLength]="maxLength()"
      [value]="value()"
      (input)="value.set($any($event.target).value)"
      [attr.data-testid]="testId()"
    ></textarea>
  `,
})
export class TextareaFieldComponent {
  /** The textarea's id (the label points at it). */
  readonly fieldId = input.required<string>();
  /** i18n key of the label. */
  readonly label = input.required<string>();
  readonly maxLength = input.required<number>();
  readonly rows = input(3);
  readonly testId = input<string | null>(null);
  readonly value = model('');
}
