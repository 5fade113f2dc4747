import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LoginDocument, ResendVerificationDocument } from '@dvc/portal/data-access';
import { REQUIRED_ISSUE, validateEmail } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { safeReturnUrl } from '../../core/auth/auth.guard';
import { AuthStore } from '../../core/auth/auth.store';
import { SessionExpiryService } from '../../core/auth/session-expiry.service';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FormState, sharedValidator } from '../account-form';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

const required = sharedValidator((v) => (v.trim() ? null : REQUIRED_ISSUE));

/** Đăng nhập: username or e-mail, password, "Tự động đăng nhập lần sau". */
@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldComponent,
    FieldInputDirective,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  styles: `
    .show-password {
      align-self: flex-start;
      padding-inline: 0;
    }
  `,
  template: `
    <section class="container page page--narrow">
      <app-page-header [heading]="'account.login.title' | t" [intro]="'account.login.intro' | t" />
      <div class="card">
        @if (sessionExpired) {
          <div class="alert alert--warning" role="status" data-testid="session-expired">
            {{ 'account.login.sessionExpired' | t }}
          </div>
        }
        @if (state.errorMessage(); as message) {
          <div class="alert alert--error" role="alert" data-testid="form-error">{{ message }}</div>
        }
        @if (notVerified()) {
          <div class="alert alert--warning">
            <p>{{ 'account.login.notVerified' | t }}</p>
            @if (resent()) {
              <p role="status">{{ 'account.login.resent' | t }}</p>
            } @else {
              <form class="actions" [formGroup]="resendForm" (ngSubmit)="resend()">
                <label class="visually-hidden" for="resend-email">{{
                  'account.login.resendEmail' | t
                }}</label>
                <input
                  id="resend-email"
                  class="input"
                  type="email"
                  formControlName="email"
                  autocomplete="email"
                  [attr.placeholder]="'account.login.resendEmail' | t"
                />
                <button type="submit" class="btn" [disabled]="resending()">
                  {{ 'account.login.resend' | t }}
                </button>
              </form>
            }
          </div>
        }
        <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
        <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <app-field [state]="state" name="username" label="account.fields.usernameOrEmail" [required]="true">
            <input
              appFieldInput
              class="input"
              formControlName="username"
              autocomplete="username"
              autocapitalize="none"
              spellcheck="false"
            />
          </app-field>
          <app-field [state]="state" name="password" label="account.fields.password" [required]="true">
            <input
              appFieldInput
              class="input"
              [type]="showPassword() ? 'text' : 'password'"
              formControlName="password"
              autocomplete="current-password"
            />
            <button
              type="button"
              class="btn btn--link btn--sm show-password"
              aria-controls="f-password"
              [attr.aria-pressed]="showPassword()"
              (click)="showPassword.update((s) => !s)"
            >
              {{ 'account.fields.showPassword' | t }}
            </button>
          </app-field>
          <label class="checkbox">
            <input type="checkbox" formControlName="rememberMe" data-testid="remember-me" />
            {{ 'account.login.rememberMe' | t }}
          </label>
          <div class="actions">
            <button
              type="submit"
              class="btn btn--primary"
              [disabled]="state.saving()"
              data-testid="login-submit"
            >
              @if (state.saving()) {
                <span class="spinner" aria-hidden="true"></span> {{ 'account.login.saving' | t }}
              } @else {
                {{ 'account.login.submit' | t }}
              }
            </button>
          </div>
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
      </div>
    </section>
  `,
})
export class LoginPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;

  /** ?returnUrl=… (router input binding). */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = this.fb.group({
    username: ['', required],
    password: ['', required],
    rememberMe: [false],
  });
  protected readonly state = new FormState(this.form);
  protected readonly notVerified = signal(false);
  protected readonly showPassword = signal(false);
  /** Sent here because the session ended mid-visit. */
  protected readonly sessionExpired = inject(SessionExpiryService).takeExpiredNotice();

  protected readonly resendForm = this.fb.group({ email: [''] });
  protected readonly resending = signal(false);
  protected readonly resent = signal(false);

  protected async submit(): Promise<void> {
    this.notVerified.set(false);
    if (!this.state.beginSubmit()) return;
    const { username, password, rememberMe } = this.form.getRawValue();
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({
          mutation: LoginDocument,
          variables: { input: { username: username.trim(), password, rememberMe } },
        }),
      );
      await this.apollo.client.clearStore();
      this.auth.setAccount(res.data?.login.account ?? null);
      this.state.done();
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      const ui = this.state.fail(error);
      if (ui.code === 'ACCOUNT_NOT_VERIFIED') {
        this.notVerified.set(true);
        if (!validateEmail(username)) this.resendForm.setValue({ email: username.trim() });
      }
    }
  }

  protected async resend(): Promise<void> {
    const email = this.resendForm.getRawValue().email.trim();
    if (!email) return;
    this.resending.set(true);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: ResendVerificationDocument, variables: { email } }),
      );
      this.resent.set(true);
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.resending.set(false);
    }
  }
}
