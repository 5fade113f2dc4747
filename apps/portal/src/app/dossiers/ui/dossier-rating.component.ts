import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RateDossierDocument, RateDossierMutation } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TextareaFieldComponent } from '../../core/ui/textarea-field.component';

export type Rating = NonNullable<RateDossierMutation['rateDossier']['rating']>;

export const RATING_COMMENT_MAX = 1000;
export const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Đánh giá mức độ hài lòng: 1–5 stars as a native radio group (arrow keys move between stars,
 * each star is named "n sao" with its meaning), an optional comment, sent once with rateDossier.
 * Once given, the rating is shown instead of the form.
 */
@Component({
  selector: 'app-dossier-rating',
  imports: [TranslatePipe, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-rating.component.html',
  styleUrl: './dossier-rating.component.scss',
})
export class DossierRatingComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  readonly dossierId = input.required<string>();
  readonly rating = input<Rating | null>(null);
  readonly rated = output<Rating>();

  protected readonly scores = SCORES;
  protected readonly commentMax = RATING_COMMENT_MAX;
  protected readonly score = signal<number | null>(null);
  protected readonly comment = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The rating given in this visit, before the page reloads the dossier. */
  protected readonly given = signal<Rating | null>(null);

  protected shown(): Rating | null {
    return this.given() ?? this.rating();
  }

  protected pick(score: number): void {
    this.score.set(score);
    this.error.set(null);
  }

  protected when(at: string): string {
    return formatDateTime(at);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const score = this.score();
    if (!score) {
      this.error.set(this.i18n.t('dossiers.rating.pickScore'));
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({
          mutation: RateDossierDocument,
          variables: { id: this.dossierId(), score, comment: this.comment().trim() || null },
        }),
      );
      const rating = res.data?.rateDossier.rating;
      if (!rating) throw new Error('rateDossier answered no rating');
      this.given.set(rating);
      this.rated.emit(rating);
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.lang()).message);
    } finally {
      this.busy.set(false);
    }
  }
}
