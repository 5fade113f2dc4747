import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  OnDestroy,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

let nextId = 0;

/**
 * A modal dialog on the native <dialog> element: focus moves into it and back, Esc closes it, the
 * page behind is inert, and it is announced with its heading. Pages usually remove it (`@if`)
 * rather than close it, so focus goes back to the opener here, when that is still on the page.
 */
@Component({
  selector: 'app-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.tab)': 'trapFocus($event)', '(keydown.shift.tab)': 'trapFocus($event)' },
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
export class DialogComponent implements OnDestroy {
  readonly open = input(false);
  readonly heading = input.required<string>();
  readonly closed = output<void>();
  protected readonly headingId = `app-dialog-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly document = inject(DOCUMENT);
  private opener: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const el = this.dialog().nativeElement;
      if (this.open() && !el.open) {
        this.opener = this.document.activeElement as HTMLElement | null;
        el.showModal?.();
      }
      if (!this.open() && el.open) el.close();
    });
  }

  ngOnDestroy(): void {
    const opener = this.opener;
    // After the dialog has left the DOM (a removed row's button is not a place to go back to).
    setTimeout(() => {
      if (opener?.isConnected && this.document.activeElement === this.document.body) opener.focus();
    });
  }

  /** Tab from the last control goes to the first and back (the browser would leave for its own UI). */
  protected trapFocus(event: Event): void {
    const el = this.dialog().nativeElement;
    const focusable = Array.from(
      el.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]), select, textarea',
      ),
    ).filter((e) => e.offsetParent !== null);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const backwards = (event as KeyboardEvent).shiftKey;
    const active = this.document.activeElement;
    if (backwards && (active === first || active === el)) {
      event.preventDefault();
      last.focus();
    } else if (!backwards && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    this.closed.emit();
  }

  protected onClose(): void {
    if (this.open()) this.closed.emit();
  }
}
