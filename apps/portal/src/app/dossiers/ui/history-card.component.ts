import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ProcessingStepFieldsFragment } from '@dvc/portal/data-access';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { HistoryTimelineComponent } from './history-timeline.component';

/**
 * The Quá trình xử lý card of a dossier page (the citizen's detail, the officer's review): heading
 * and timeline. `anchor` makes it a focusable jump target with that id.
 */
@Component({
  selector: 'app-history-card',
  imports: [TranslatePipe, HistoryTimelineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <section
      class="card"
      [attr.id]="anchor()"
      [attr.tabindex]="anchor() ? -1 : null"
      [attr.aria-labelledby]="headingId()"
    >
      <h2 [id]="headingId()" class="card__title">{{ 'dossiers.detail.history' | t }}</h2>
      <app-history-timeline [steps]="steps()" />
    </section>
  `,
})
export class HistoryCardComponent {
  readonly steps = input.required<readonly ProcessingStepFieldsFragment[]>();
  /** The heading's id, unique on the page. */
  readonly headingId = input.required<string>();
  readonly anchor = input<string | null>(null);
}
