import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ResetPasswordDocument } from '@dvc/portal/data-access';
import { validatePassword } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { FormState, shared } from '../../core/ui/form-state';
import { sameAs } from '../account-checks';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';

/** Đặt lại mật khẩu: the page the reset link opens (?token=…). */
@Component({
  selector: 'app-reset-password-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <app-account-card
      [heading]="'account.reset.title' | t"
      [intro]="token() && !done() ? ('account.reset.intro' | t) : ''"
    >
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
        <form class="account-form" (submit)="$event.preventDefault(); submit()" novalidate>
          <app-account-field [state]="state" name="newPassword" />
          <app-account-field
            [state]="state"
            name="passwordConfirm"
            label="account.fields.newPasswordConfirm"
          />
          <app-submit-button [state]="state" label="account.reset.submit" saving="account.reset.saving" />
        </form>
      }
    </app-account-card>
  `,
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);
  /** ?token=… (router input binding). */
  readonly token = input<string | undefined>();
  protected readonly done = signal(false);
  protected readonly linkBroken = signal(false);
  protected readonly state = new FormState(
    { newPassword: '', passwordConfirm: '' },
    { newPassword: shared((v) => validatePassword(v)), passwordConfirm: sameAs('newPassword') },
  );

  protected submit(): Promise<void> {
    this.linkBroken.set(false);
    const variables = { token: this.token() ?? '', newPassword: this.state.value('newPassword') };
    return this.state.submit(() => this.apollo.mutate({ mutation: ResetPasswordDocument, variables }), {
      done: () => this.done.set(true),
      failed: (ui) => this.linkBroken.set(ui.code === 'TOKEN_INVALID' || ui.code === 'TOKEN_EXPIRED'),
    });
  }
}
