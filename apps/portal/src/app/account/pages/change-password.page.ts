import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ChangePasswordDocument } from '@dvc/portal/data-access';
import { REQUIRED_ISSUE, validatePassword } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { FormState, sharedValidator } from '../account-form';
import { sameAsValidator } from '../account-validators';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

/** Đổi mật khẩu: current and new password; other sessions of the account end. */
@Component({
  selector: 'app-change-password-page',
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
  template: `
    <section class="container page page--narrow">
      <app-page-header
        [heading]="'account.changePassword.title' | t"
        [intro]="'account.changePassword.intro' | t"
        [crumbs]="crumbs"
      />
      <div class="card">
        @if (done()) {
          <p class="alert alert--success" role="status" data-testid="change-password-done">
            {{ 'account.changePassword.success' | t }}
          </p>
        } @else {
          <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
        }
        @if (state.errorMessage(); as message) {
          <div class="alert alert--error" role="alert">{{ message }}</div>
        }
        @if (!done()) {
          <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <app-field
              [state]="state"
              name="currentPassword"
              label="account.fields.currentPassword"
              [required]="true"
            >
              <input
                appFieldInput
                class="input"
                type="password"
                formControlName="currentPassword"
                autocomplete="current-password"
              />
            </app-field>
            <app-field
              [state]="state"
              name="newPassword"
              label="account.fields.newPassword"
              hint="account.fields.passwordHint"
              [required]="true"
            >
              <input
                appFieldInput
                class="input"
                type="password"
                formControlName="newPassword"
                autocomplete="new-password"
              />
            </app-field>
            <app-field
              [state]="state"
              name="passwordConfirm"
              label="account.fields.newPasswordConfirm"
              [required]="true"
            >
              <input
                appFieldInput
                class="input"
                type="password"
                formControlName="passwordConfirm"
                autocomplete="new-password"
              />
            </app-field>
            <div class="actions">
              <button type="submit" class="btn btn--primary" [disabled]="state.saving()">
                @if (state.saving()) {
                  <span class="spinner" aria-hidden="true"></span> {{ 'account.changePassword.saving' | t }}
                } @else {
                  {{ 'account.changePassword.submit' | t }}
                }
              </button>
            </div>
          </form>
        }
        <p class="account-links">
          <a routerLink="/ho-so-ca-nhan">{{ 'account.changePassword.back' | t }}</a>
        </p>
      </div>
    </section>
  `,
})
export class ChangePasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  protected readonly done = signal(false);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.profile', link: '/ho-so-ca-nhan' }];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', sharedValidator((v) => (v ? null : REQUIRED_ISSUE))],
    newPassword: [
      '',
      sharedValidator((v) => {
        const user = this.auth.account();
        return validatePassword(v, { username: user?.username, email: user?.email });
      }),
    ],
    passwordConfirm: ['', sameAsValidator('newPassword')],
  });
  protected readonly state = new FormState(this.form);

  constructor() {
    this.form.controls.newPassword.valueChanges.subscribe(() =>
      this.form.controls.passwordConfirm.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected async submit(): Promise<void> {
    if (!this.state.beginSubmit()) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { currentPassword, newPassword } }),
      );
      this.state.done();
      this.done.set(true);
      this.form.reset();
    } catch (error) {
      this.state.fail(error);
    }
  }
}
