import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { DossierSupplementDocument, SupplementRequestFieldsFragment } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * Yêu cầu bổ sung: the officer's note and each comment with the component or field it is about.
 * Give it the request (detail page) or just the dossier id (the edit form, which loads it here).
 * Shows nothing when no request is open.
 */
@Component({
  selector: 'app-supplement-comments',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as r) {
      <section
        class="alert alert--warning supplement"
        aria-labelledby="supplement-title"
        data-testid="supplement-comments"
      >
        <h2 id="supplement-title" class="supplement__title">{{ 'dossiers.followUp.supplementTitle' | t }}</h2>
        <p class="supplement__meta">
          {{ 'dossiers.followUp.requestedBy' | t: { name: r.requestedBy, date: when(r.requestedAt) } }}
        </p>
        @if (r.note) {
          <p>{{ r.note }}</p>
        }
        <ul class="supplement__items">
          @for (item of r.items; track $index) {
            <li data-testid="supplement-item">
              <strong>{{ item.label ?? item.fieldKey ?? ('dossiers.followUp.component' | t) }}:</strong>
              {{ item.comment }}
            </li>
          }
        </ul>
        <p class="supplement__hint">{{ 'dossiers.followUp.supplementHint' | t }}</p>
      </section>
    }
  `,
  styles: `
    .supplement__title {
      font-size: 1.1rem;
      margin: 0 0 0.35rem;
    }
    .supplement__meta,
    .supplement__hint {
      margin: 0.25rem 0;
      font-size: 0.92rem;
    }
    .supplement__items {
      margin: 0.5rem 0;
      padding-left: 1.2rem;
    }
  `,
})
export class SupplementCommentsComponent {
  private readonly apollo = inject(Apollo);
  /** The open request, when the page has it already. */
  readonly request = input<SupplementRequestFieldsFragment | null | undefined>(undefined);
  /** Otherwise the dossier whose open request to load. */
  readonly dossierId = input<string | null>(null);

  private readonly loaded = toSignal(
    toObservable(computed(() => (this.request() === undefined ? this.dossierId() : null))).pipe(
      switchMap((id) =>
        id
          ? this.apollo
              .query({ query: DossierSupplementDocument, variables: { id }, fetchPolicy: 'network-only' })
              .pipe(
                map((r) => r.data?.dossier.supplementRequest ?? null),
                catchError(() => of(null)),
              )
          : of(null),
      ),
    ),
    { initialValue: null },
  );

  protected readonly shown = computed(() => {
    const given = this.request();
    const r = given === undefined ? this.loaded() : given;
    return r && !r.resolvedAt ? r : null;
  });

  protected when(at: string): string {
    return formatDateTime(at);
  }
}
