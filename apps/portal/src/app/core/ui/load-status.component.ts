import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Load } from '../apollo/load-state';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * What a record page shows while its `loadState` is not ready: the spinner, "not found" with a
 * way back, or the failure with Thử lại. Nothing once the data is there.
 */
@Component({
  selector: 'app-load-status',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @switch (state().status) {
      @case ('loading') {
        @if (showSpinner()) {
          <div class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>{{ loading() | t }}
          </div>
        }
      }
      @case ('missing') {
        <div class="card empty-state" [attr.data-testid]="missingTestId()">
          <p>{{ missing() | t }}</p>
          <a [routerLink]="backLink()" class="btn btn--primary">{{ backText() | t }}</a>
        </div>
      }
      @case ('error') {
        <div class="alert alert--error" role="alert">
          {{ 'core.common.networkError' | t }}
          <button type="button" class="btn btn--sm" (click)="retry.emit()">
            {{ 'core.common.retry' | t }}
          </button>
        </div>
      }
    }
  `,
})
export class LoadStatusComponent {
  readonly state = input.required<Load<unknown>>();
  /** Translation keys: the spinner's text, "not found", and the way back from it. */
  readonly loading = input.required<string>();
  readonly missing = input.required<string>();
  readonly backText = input.required<string>();
  readonly backLink = input.required<string>();
  readonly missingTestId = input<string | null>(null);
  /** False while older data stays on screen during a reload. */
  readonly showSpinner = input(true);
  readonly retry = output<void>();
}
