import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { LoginDocument } from '@dvc/portal/data-access';
import { FormFieldDefinition, validateEmail } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { safeReturnUrl } from '../../core/auth/auth.guard';
import { AuthStore } from '../../core/auth/auth.store';
import { SessionExpiryService } from '../../core/auth/session-expiry.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { FormState } from '../../core/ui/form-state';
import { required } from '../account-checks';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';
import { VerificationMail } from '../verification-mail';

type LoginForm = { username: string; password: string; rememberMe: boolean };

/** Đăng nhập: username or e-mail, password, "Tự động đăng nhập lần sau". */
@Component({
  selector: 'app-login-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  styles: `
    .show-password {
      align-self: flex-start;
      padding-inline: 0;
    }
  `,
  template: `
    <app-account-card [heading]="'account.login.title' | t" [intro]="'account.login.intro' | t">
      @if (sessionExpired) {
        <div class="alert alert--warning" role="status" data-testid="session-expired">
          {{ 'account.login.sessionExpired' | t }}
        </div>
      }
      <app-form-error [state]="state" testId="form-error" />
      @if (notVerified()) {
        <div class="alert alert--warning">
          <p>{{ 'account.login.notVerified' | t }}</p>
          @if (verification.sent()) {
            <p role="status">{{ 'account.login.resent' | t }}</p>
          } @else {
            <form class="actions" (submit)="$event.preventDefault(); resend()">
              <label class="visually-hidden" for="resend-email">{{ 'account.login.resendEmail' | t }}</label>
              <input
                id="resend-email"
                class="input"
                type="email"
                [value]="resendEmail()"
                (input)="resendEmail.set($any($event.target).value)"
                autocomplete="email"
                [attr.placeholder]="'account.login.resendEmail' | t"
              />
              <button type="submit" class="btn" [disabled]="verification.sending()">
                {{ 'account.login.resend' | t }}
              </button>
            </form>
          }
        </div>
      }
      <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
      <form class="account-form" (submit)="$event.preventDefault(); submit()" novalidate>
        <app-account-field [state]="state" name="username" label="account.fields.usernameOrEmail" hint="" />
        <app-form-field-input
          [field]="passwordField()"
          name="password"
          [label]="passwordField().label"
          [value]="state.value('password')"
          [error]="state.message('password')"
          [secret]="!showPassword()"
          autocomplete="current-password"
          (valueChange)="state.set('password', $any($event))"
          (blurred)="state.blur('password')"
        >
          <button
            type="button"
            class="btn btn--link btn--sm show-password"
            aria-controls="f-password"
            [attr.aria-pressed]="showPassword()"
            (click)="showPassword.update((s) => !s)"
          >
            {{ 'account.fields.showPassword' | t }}
          </button>
        </app-form-field-input>
        <app-form-field-input
          [field]="rememberField()"
          name="rememberMe"
          [label]="rememberField().label"
          [value]="state.value('rememberMe')"
          (valueChange)="state.set('rememberMe', $event === true)"
        />
        <app-submit-button
          [state]="state"
          label="account.login.submit"
          saving="account.login.saving"
          testId="login-submit"
        />
      </form>
      <div class="account-links">
        <a routerLink="/quen-mat-khau">{{ 'account.login.forgot' | t }}</a>
        <span>
          {{ 'account.login.noAccount' | t }}
          <a routerLink="/dang-ky" [queryParams]="returnUrl() ? { returnUrl: returnUrl() } : {}">{{
            'account.login.register' | t
          }}</a>
        </span>
      </div>
    </app-account-card>
  `,
})
export class LoginPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** ?returnUrl=… (router input binding). */
  readonly returnUrl = input<string | undefined>();

  protected readonly state = new FormState<LoginForm>(
    { username: '', password: '', rememberMe: false },
    { username: required(), password: required() },
  );
  /** The password (typed in place, with its "show" button) and "remember me": this page's own fields. */
  protected readonly passwordField = computed((): FormFieldDefinition => ({
    key: 'password',
    label: this.i18n.t('account.fields.password'),
    type: 'TEXT',
    required: true,
  }));
  protected readonly rememberField = computed((): FormFieldDefinition => ({
    key: 'rememberMe',
    label: this.i18n.t('account.login.rememberMe'),
    type: 'CHECKBOX',
    required: false,
  }));
  protected readonly notVerified = signal(false);
  protected readonly showPassword = signal(false);
  /** Sent here because the session ended mid-visit. */
  protected readonly sessionExpired = inject(SessionExpiryService).takeExpiredNotice();

  protected readonly resendEmail = signal('');
  protected readonly verification = new VerificationMail(this.state);

  protected submit(): Promise<void> {
    this.notVerified.set(false);
    const { username, password, rememberMe } = this.state.values();
    const input = { username: username.trim(), password, rememberMe };
    return this.state.submit(
      async () => {
        const res = await firstValueFrom(
          this.apollo.mutate({ mutation: LoginDocument, variables: { input } }),
        );
        // Still part of the request (the button keeps its spinner): nothing cached before may show.
        await this.apollo.client.clearStore();
        return res;
      },
      {
        done: (res) => {
          this.auth.setAccount(res.data?.login.account ?? null);
          return this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        },
        failed: (ui) => {
          if (ui.code !== 'ACCOUNT_NOT_VERIFIED') return;
          this.notVerified.set(true);
          if (!validateEmail(username)) this.resendEmail.set(username.trim());
        },
      },
    );
  }

  protected async resend(): Promise<void> {
    const email = this.resendEmail().trim();
    if (email) await this.verification.resend(email);
  }
}
