import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ChangePasswordDocument } from '@dvc/portal/data-access';
import { REQUIRED_ISSUE, validatePassword } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { AuthStore } from '../../core/auth/auth.store';
import { Crumb } from '../../core/ui/page-header.component';
import { FormState, shared } from '../../core/ui/form-state';
import { sameAs } from '../account-checks';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';

/** Đổi mật khẩu: current and new password; other sessions of the account end. */
@Component({
  selector: 'app-change-password-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <app-account-card
      [heading]="'account.changePassword.title' | t"
      [intro]="'account.changePassword.intro' | t"
      [crumbs]="crumbs"
    >
      @if (done()) {
        <p class="alert alert--success" role="status" data-testid="change-password-done">
          {{ 'account.changePassword.success' | t }}
        </p>
      } @else {
        <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
      }
      <app-form-error [state]="state" />
      @if (!done()) {
        <form class="account-form" (submit)="$event.preventDefault(); submit()" novalidate>
          <app-account-field [state]="state" name="currentPassword" />
          <app-account-field [state]="state" name="newPassword" />
          <app-account-field
            [state]="state"
            name="passwordConfirm"
            label="account.fields.newPasswordConfirm"
          />
          <app-submit-button
            [state]="state"
            label="account.changePassword.submit"
            saving="account.changePassword.saving"
          />
        </form>
      }
      <p class="account-links">
        <a routerLink="/ho-so-ca-nhan">{{ 'account.changePassword.back' | t }}</a>
      </p>
    </app-account-card>
  `,
})
export class ChangePasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  protected readonly done = signal(false);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.profile', link: '/ho-so-ca-nhan' }];
  protected readonly state = new FormState(
    { currentPassword: '', newPassword: '', passwordConfirm: '' },
    {
      currentPassword: shared((v) => (v ? null : REQUIRED_ISSUE)),
      newPassword: shared((v) => {
        const user = this.auth.account();
        return validatePassword(v, { username: user?.username, email: user?.email });
      }),
      passwordConfirm: sameAs('newPassword'),
    },
  );

  protected submit(): Promise<void> {
    const { currentPassword, newPassword } = this.state.values();
    return this.state.submit(
      () =>
        this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { currentPassword, newPassword } }),
      {
        done: () => {
          this.done.set(true);
          this.state.reset({ currentPassword: '', newPassword: '', passwordConfirm: '' });
        },
      },
    );
  }
}
