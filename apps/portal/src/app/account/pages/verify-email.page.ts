import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ResendVerificationDocument, VerifyEmailDocument } from '@dvc/portal/data-access';
import { validateEmail } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { AuthStore } from '../../core/auth/auth.store';
import { I18nService } from '../../core/i18n/i18n.service';
import { FormState, shared } from '../../core/ui/form-state';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';

type Status = 'verifying' | 'done' | 'failed' | 'missing';

/** Xác thực e-mail: the page the e-mailed link opens (?token=…); offers a new link when it failed. */
@Component({
  selector: 'app-verify-email-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <app-account-card [heading]="'account.verify.title' | t">
      @switch (status()) {
        @case ('verifying') {
          <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span> {{ 'account.verify.verifying' | t }}
          </p>
        }
        @case ('done') {
          @if (auth.isLoggedIn()) {
            <p class="alert alert--success" role="status" data-testid="verify-done">
              {{ 'account.verify.successLoggedIn' | t }}
            </p>
            <a routerLink="/ho-so-ca-nhan" class="btn btn--primary">{{ 'account.verify.toProfile' | t }}</a>
          } @else {
            <p class="alert alert--success" role="status" data-testid="verify-done">
              {{ 'account.verify.success' | t }}
            </p>
            <a routerLink="/dang-nhap" class="btn btn--primary" data-testid="verify-login">{{
              'account.verify.toLogin' | t
            }}</a>
          }
        }
        @default {
          <p class="alert alert--error" role="alert" data-testid="verify-failed">
            {{ status() === 'missing' ? ('account.verify.missingToken' | t) : failure() }}
          </p>
          @if (resent()) {
            <p class="alert alert--info" role="status">{{ 'account.verify.resent' | t }}</p>
          } @else {
            <form class="account-form" (submit)="$event.preventDefault(); resend()" novalidate>
              <p>{{ 'account.verify.resendPrompt' | t }}</p>
              <app-form-error [state]="state" />
              <app-account-field [state]="state" name="email" />
              <div class="actions">
                <button type="submit" class="btn" [disabled]="state.saving()">
                  {{ 'account.verify.resend' | t }}
                </button>
              </div>
            </form>
          }
        }
      }
    </app-account-card>
  `,
})
export class VerifyEmailPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthStore);

  /** ?token=… (router input binding). */
  readonly token = input<string | undefined>();
  protected readonly status = signal<Status>('verifying');
  protected readonly failure = signal('');
  protected readonly resent = signal(false);
  protected readonly state = new FormState({ email: '' }, { email: shared((v) => validateEmail(v)) });

  async ngOnInit(): Promise<void> {
    const token = this.token();
    if (!token) {
      this.status.set('missing');
      return;
    }
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: VerifyEmailDocument, variables: { token } }));
      this.status.set('done');
      // A verified e-mail change shows in the profile and the header.
      if (this.auth.isLoggedIn()) void this.auth.refresh();
    } catch (error) {
      this.failure.set(toUiError(error, this.i18n.lang()).message);
      this.status.set('failed');
    }
  }

  protected resend(): Promise<void> {
    const email = this.state.value('email').trim();
    return this.state.submit(
      () => this.apollo.mutate({ mutation: ResendVerificationDocument, variables: { email } }),
      { done: () => this.resent.set(true) },
    );
  }
}
