import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** One printed line of a dossier: a label and its value (the applicant, the form values). */
export interface FactRow {
  key: string;
  label: string;
  value: string;
}

/**
 * A card of labelled values, shared by the citizen's dossier page and the officer's review page:
 * the applicant, the intake-form values (with an officer's comment beside a field, when asked for).
 */
@Component({
  selector: 'app-dossier-facts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dossier-view.scss',
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <section class="card" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()" class="card__title">{{ heading() | t }}</h2>
      @if (rows().length || !empty()) {
        <dl class="facts" [attr.data-testid]="testId() ?? null">
          @for (row of rows(); track row.key) {
            <div>
              <dt>{{ row.label }}</dt>
              <dd>{{ row.value || (blank() ? (blank()! | t) : '') }}</dd>
              @if (comments()?.get(row.key); as c) {
                <dd class="comment" data-testid="field-comment">
                  <span class="comment__tag">{{ 'dossiers.followUp.commentTag' | t }}</span> {{ c }}
                </dd>
              }
            </div>
          }
        </dl>
      } @else {
        <p class="muted">{{ empty()! | t }}</p>
      }
    </section>
  `,
})
export class DossierFactsComponent {
  /** Translation key of the card's heading, and the heading's id (unique on the page). */
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly rows = input.required<readonly FactRow[]>();
  /** Comments by row key (an open supplement request). */
  readonly comments = input<ReadonlyMap<string, string> | null>(null);
  /** Translation keys: the text of an empty value, and of a card without rows (else an empty list). */
  readonly blank = input<string | null>(null);
  readonly empty = input<string | null>(null);
  readonly testId = input<string | null>(null);
}
