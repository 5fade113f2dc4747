import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

let nextId = 0;

/**
 * A modal dialog on the native <dialog> element: focus moves into it and back, Esc closes it, the
 * page behind is inert, and it is announced with its heading.
 */
@Component({
  selector: 'app-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="dialog"
      [attr.aria-labelledby]="headingId"
      (cancel)="onCancel($event)"
      (close)="onClose()"
    >
      <div class="dialog__head">
        <h2 class="dialog__title" [id]="headingId">{{ heading() }}</h2>
        <button type="button" class="btn btn--link dialog__x" (click)="closed.emit()">
          <span aria-hidden="true">×</span
          ><span class="visually-hidden">{{ 'dossiers.dialog.close' | t }}</span>
        </button>
      </div>
      <div class="dialog__body"><ng-content /></div>
      <div class="dialog__actions actions"><ng-content select="[dialogActions]" /></div>
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(640px, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      border: 0;
      border-radius: var(--radius);
      padding: 0;
      box-shadow: var(--shadow-md);
    }
    .dialog::backdrop {
      background: rgba(16, 24, 40, 0.45);
    }
    .dialog__head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      padding: 1rem 1.25rem 0.5rem;
    }
    .dialog__title {
      margin: 0;
      font-size: 1.2rem;
    }
    .dialog__x {
      font-size: 1.5rem;
      min-height: 0;
    }
    .dialog__body {
      padding: 0.5rem 1.25rem;
      overflow: auto;
    }
    .dialog__actions {
      padding: 0.75rem 1.25rem 1.25rem;
      justify-content: flex-end;
    }
  `,
})
export class DialogComponent {
  readonly open = input(false);
  readonly heading = input.required<string>();
  readonly closed = output<void>();
  protected readonly headingId = `app-dialog-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    effect(() => {
      const el = this.dialog().nativeElement;
      if (this.open() && !el.open) el.showModal?.();
      if (!this.open() && el.open) el.close();
    });
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    this.closed.emit();
  }

  protected onClose(): void {
    if (this.open()) this.closed.emit();
  }
}
