import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { LookupDossierDocument, LookupDossierQuery } from '@dvc/portal/data-access';
import { formatDate, formatDateTime } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { HistoryTimelineComponent } from '../ui/history-timeline.component';
import { StatusBadgeComponent } from '../../core/ui/status-badge.component';

type Result = LookupDossierQuery['lookupDossier'];

/** Tra cứu hồ sơ (/tra-cuu-ho-so): public, by dossier code and the applicant's CCCD. */
@Component({
  selector: 'app-lookup-page',
  imports: [TranslatePipe, StatusBadgeComponent, HistoryTimelineComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="container page lookup">
      <app-page-header [heading]="'dossiers.lookup.title' | t" [intro]="'dossiers.lookup.intro' | t" />
      <form class="card lookup__form" novalidate (submit)="search($event)" data-testid="lookup-form">
        <p class="required-legend">{{ 'core.common.requiredLegend' | t }}</p>
        <div class="form-grid">
          <div class="field">
            <label class="field__label" for="lookup-code">
              {{ 'dossiers.lookup.code' | t }} <span class="field__required" aria-hidden="true">*</span>
            </label>
            <input
              id="lookup-code"
              class="input"
              aria-required="true"
              [attr.aria-invalid]="missing().code ? 'true' : null"
              [attr.aria-describedby]="error() ? 'lookup-error' : null"
              autocomplete="off"
              [placeholder]="'dossiers.lookup.codePlaceholder' | t"
              [value]="code()"
              (input)="code.set($any($event.target).value)"
            />
          </div>
          <div class="field">
            <label class="field__label" for="lookup-cccd">
              {{ 'dossiers.lookup.citizenId' | t }} <span class="field__required" aria-hidden="true">*</span>
            </label>
            <input
              id="lookup-cccd"
              class="input"
              aria-required="true"
              [attr.aria-invalid]="missing().citizenId ? 'true' : null"
              [attr.aria-describedby]="error() ? 'lookup-error' : null"
              inputmode="numeric"
              autocomplete="off"
              maxlength="12"
              [value]="citizenId()"
              (input)="citizenId.set($any($event.target).value)"
            />
          </div>
        </div>
        <div class="actions lookup__actions">
          <button type="submit" class="btn btn--primary" [disabled]="busy()">
            @if (busy()) {
              <span class="spinner" aria-hidden="true"></span>{{ 'dossiers.lookup.searching' | t }}
            } @else {
              {{ 'dossiers.lookup.submit' | t }}
            }
          </button>
        </div>
      </form>

      @if (error(); as e) {
        <div id="lookup-error" class="alert alert--error" role="alert" data-testid="lookup-error">
          {{ e }}
        </div>
      }

      @if (result(); as r) {
        <section class="card" aria-labelledby="lookup-result" data-testid="lookup-result" aria-live="polite">
          <h2 id="lookup-result" class="card__title">
            {{ 'dossiers.lookup.resultTitle' | t: { code: r.code } }}
          </h2>
          <dl class="facts">
            <div>
              <dt>{{ 'dossiers.lookup.service' | t }}</dt>
              <dd>{{ r.serviceName }}</dd>
            </div>
            <div>
              <dt>{{ 'dossiers.lookup.status' | t }}</dt>
              <dd><app-status-badge [status]="r.status" /></dd>
            </div>
            <div>
              <dt>{{ 'dossiers.lookup.submittedAt' | t }}</dt>
              <dd>{{ dateTime(r.submittedAt) }}</dd>
            </div>
            <div>
              <dt>{{ 'dossiers.lookup.dueDate' | t }}</dt>
              <dd>{{ date(r.dueDate) }}</dd>
            </div>
          </dl>
          <h3>{{ 'dossiers.lookup.history' | t }}</h3>
          <app-history-timeline [steps]="r.history" />
        </section>
      }
    </section>
  `,
  // The result prints like the dossier pages (labelled values).
  styleUrl: '../ui/dossier-view.scss',
  styles: `
    .lookup__form {
      margin-bottom: 1rem;
    }
    .lookup__actions {
      margin-top: 1rem;
    }
  `,
})
export class LookupPage {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  protected readonly code = signal('');
  protected readonly citizenId = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<Result | null>(null);
  /** Which fields were empty at the last search (marked invalid until the next one). */
  protected readonly missing = signal({ code: false, citizenId: false });

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    const code = this.code().trim();
    const citizenId = this.citizenId().replace(/\s+/g, '');
    this.error.set(null);
    this.missing.set({ code: !code, citizenId: !citizenId });
    if (!code || !citizenId) {
      this.error.set(this.i18n.t('dossiers.lookup.required'));
      return;
    }
    this.busy.set(true);
    this.result.set(null);
    try {
      const res = await firstValueFrom(
        this.apollo.query({
          query: LookupDossierDocument,
          variables: { code, citizenId },
          fetchPolicy: 'network-only',
        }),
      );
      this.result.set(res.data?.lookupDossier ?? null);
    } catch (e) {
      this.error.set(toUiError(e, this.i18n.lang()).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected date(value: string | null | undefined): string {
    return formatDate(value) || '—';
  }

  protected dateTime(value: string | null | undefined): string {
    return formatDateTime(value) || '—';
  }
}
