import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The "remove" button of a file in a list (a dossier component's files, an officer's result files),
 * named after the file for screen readers. The host adds no box, so the button sits in the list's layout.
 */
@Component({
  selector: 'app-remove-file-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <button
      type="button"
      class="btn btn--sm btn--danger"
      [disabled]="disabled()"
      [attr.aria-label]="'dossiers.files.removeLabel' | t: { name: fileName() }"
      (click)="removeFile.emit()"
    >
      {{ 'dossiers.files.remove' | t }}
    </button>
  `,
})
export class RemoveFileButtonComponent {
  readonly fileName = input.required<string>();
  readonly disabled = input(false);
  readonly removeFile = output<void>();
}
