import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DossierListItemFragment } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * Đăng ký on a service that already has unsent dossiers: "Tiếp tục hồ sơ đang soạn" (one link per
 * draft, told apart by times and summary) or "Tạo hồ sơ mới". The heading takes focus, so keyboard
 * and screen-reader users hear the question first; everything is a plain link or button.
 */
@Component({
  selector: 'app-draft-choice',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card draft-choice" aria-labelledby="draft-choice-title" data-testid="draft-choice">
      <h2 id="draft-choice-title" tabindex="-1" #heading>{{ 'dossiers.form.draftsTitle' | t }}</h2>
      <p>{{ 'dossiers.form.draftsIntro' | t }}</p>
      <ul class="draft-choice__list">
        @for (d of drafts(); track d.id) {
          <li class="draft-choice__item" data-testid="draft-option">
            <span class="draft-choice__text">
              <strong>{{ d.summary || ('dossiers.form.draftEmpty' | t) }}</strong>
              <span class="draft-choice__times">
                {{ 'dossiers.form.draftCreated' | t: { date: when(d.createdAt) } }} ·
                {{ 'dossiers.form.draftSaved' | t: { date: when(d.updatedAt) } }}
              </span>
            </span>
            <a
              class="btn btn--primary"
              [routerLink]="['/ho-so-ca-nhan/ho-so', d.id, 'sua']"
              data-testid="continue-draft"
              >{{ 'dossiers.form.continueDraft' | t
              }}<span class="visually-hidden">
                – {{ 'dossiers.form.draftCreated' | t: { date: when(d.createdAt) } }}</span
              ></a
            >
          </li>
        }
      </ul>
      <button type="button" class="btn" (click)="startNew.emit()" data-testid="start-new">
        {{ 'dossiers.form.newDraft' | t }}
      </button>
    </section>
  `,
  styles: `
    .draft-choice__list {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      display: grid;
      gap: 0.5rem;
    }
    .draft-choice__item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem;
      border: 1px solid var(--c-border);
      border-radius: var(--radius);
    }
    .draft-choice__text {
      display: grid;
      gap: 0.15rem;
    }
    .draft-choice__times {
      color: var(--c-muted);
      font-size: 0.875rem;
    }
  `,
})
export class DraftChoiceComponent implements AfterViewInit {
  readonly drafts = input.required<DossierListItemFragment[]>();
  readonly startNew = output<void>();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  ngAfterViewInit(): void {
    this.heading().nativeElement.focus();
  }

  protected when(value: string): string {
    return formatDateTime(value);
  }
}
