import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ProcessingStepFieldsFragment } from '@dvc/portal/data-access';
import { formatDateTime } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { actionLabel } from '../model/dossier-format';
import { StatusBadgeComponent, statusLabel } from '../../core/ui/status-badge.component';

/** Quá trình xử lý: the steps in order, with date and time in Vietnam (dd/MM/yyyy HH:mm). */
@Component({
  selector: 'app-history-timeline',
  imports: [TranslatePipe, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (steps().length === 0) {
      <p class="empty-state">{{ 'dossiers.history.empty' | t }}</p>
    } @else {
      <ol class="timeline" data-testid="history">
        @for (step of steps(); track step.id) {
          <li class="timeline__item" data-testid="history-step">
            <time class="timeline__time" [attr.datetime]="step.createdAt">{{ when(step.createdAt) }}</time>
            <div class="timeline__body">
              <p class="timeline__action">
                <strong>{{ action(step.action) }}</strong>
                <app-status-badge [status]="step.toStatus" />
              </p>
              <p class="timeline__meta">
                <span class="visually-hidden">{{ transition(step) }}.</span>
                {{
                  (step.actorRole === 'OFFICER' ? 'dossiers.history.officer' : 'dossiers.history.citizen')
                    | t
                }}:
                @if (step.agencyName) {
                  {{ 'dossiers.history.byOfficer' | t: { name: step.actorName, agency: step.agencyName } }}
                } @else {
                  {{ 'dossiers.history.by' | t: { name: step.actorName } }}
                }
              </p>
              @if (step.note) {
                <p class="timeline__note">{{ 'dossiers.history.note' | t: { note: step.note } }}</p>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 1rem;
      border-left: 3px solid var(--c-border);
    }
    .timeline__item {
      position: relative;
      padding: 0 0 1rem 1rem;
    }
    .timeline__item::before {
      content: '';
      position: absolute;
      left: -1.55rem;
      top: 0.35rem;
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 50%;
      background: var(--c-primary);
      border: 2px solid #fff;
    }
    .timeline__time {
      font-weight: 600;
      color: var(--c-muted);
      font-size: 0.9rem;
    }
    .timeline__action {
      margin: 0.15rem 0;
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      align-items: center;
    }
    .timeline__meta,
    .timeline__note {
      margin: 0.15rem 0;
      color: var(--c-muted);
    }
  `,
})
export class HistoryTimelineComponent {
  private readonly i18n = inject(I18nService);
  readonly steps = input.required<readonly ProcessingStepFieldsFragment[]>();

  protected when(at: string): string {
    return formatDateTime(at);
  }

  protected action(action: string): string {
    return actionLabel(action, this.i18n.lang());
  }

  protected transition(step: ProcessingStepFieldsFragment): string {
    const lang = this.i18n.lang();
    return this.i18n.t('dossiers.history.transition', {
      from: statusLabel(step.fromStatus, lang),
      to: statusLabel(step.toStatus, lang),
    });
  }
}
