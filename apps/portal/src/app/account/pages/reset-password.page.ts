import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ResetPasswordDocument } from '@dvc/portal/data-access';
import { validatePassword } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { FormState, sharedValidator } from '../account-form';
import { sameAsValidator } from '../account-validators';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

/** Đặt lại mật khẩu: the page the reset link opens (?token=…). */
@Component({
  selector: 'app-reset-password-page',
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
        [heading]="'account.reset.title' | t"
        [intro]="token() && !done() ? ('account.reset.intro' | t) : ''"
      />
      <div class="card">
        @if (!token()) {
          <p class="alert alert--error" role="alert">{{ 'account.reset.missingToken' | t }}</p>
          <a routerLink="/quen-mat-khau" class="btn">{{ 'account.reset.requestNew' | t }}</a>
        } @else if (done()) {
          <p class="alert alert--success" role="status" data-testid="reset-done">
            {{ 'account.reset.success' | t }}
          </p>
          <a routerLink="/dang-nhap" class="btn btn--primary">{{ 'account.reset.toLogin' | t }}</a>
        } @else {
          @if (state.errorMessage(); as message) {
            <div class="alert alert--error" role="alert">
              {{ message }}
              @if (linkBroken()) {
                <a routerLink="/quen-mat-khau">{{ 'account.reset.requestNew' | t }}</a>
              }
            </div>
          }
          <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
          <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
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
                  <span class="spinner" aria-hidden="true"></span> {{ 'account.reset.saving' | t }}
                } @else {
                  {{ 'account.reset.submit' | t }}
                }
              </button>
            </div>
          </form>
        }
      </div>
    </section>
  `,
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);
  readonly token = input<string | undefined>();
  protected readonly done = signal(false);
  protected readonly linkBroken = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    newPassword: ['', sharedValidator((v) => validatePassword(v))],
    passwordConfirm: ['', sameAsValidator('newPassword')],
  });
  protected readonly state = new FormState(this.form);

  constructor() {
    this.form.controls.newPassword.valueChanges.subscribe(() =>
      this.form.controls.passwordConfirm.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected async submit(): Promise<void> {
    this.linkBroken.set(false);
    if (!this.state.beginSubmit()) return;
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ResetPasswordDocument,
          variables: { token: this.token() ?? '', newPassword: this.form.getRawValue().newPassword },
        }),
      );
      this.state.done();
      this.done.set(true);
    } catch (error) {
      const ui = this.state.fail(error);
      this.linkBroken.set(ui.code === 'TOKEN_INVALID' || ui.code === 'TOKEN_EXPIRED');
    }
  }
}
