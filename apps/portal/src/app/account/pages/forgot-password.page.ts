import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RequestPasswordResetDocument } from '@dvc/portal/data-access';
import { validateEmail } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { Crumb } from '../../core/ui/page-header.component';
import { FormState, shared } from '../../core/ui/form-state';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';

/** Quên mật khẩu: asks for a reset link; the answer is the same whether the address is known or not. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <app-account-card
      [heading]="'account.forgot.title' | t"
      [intro]="sentTo() ? '' : ('account.forgot.intro' | t)"
      [crumbs]="crumbs"
    >
      @if (sentTo(); as email) {
        <p class="alert alert--success" role="status" data-testid="forgot-sent">
          {{ 'account.forgot.sent' | t: { email } }}
        </p>
      } @else {
        <app-form-error [state]="state" />
        <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
        <form class="account-form" (submit)="$event.preventDefault(); submit()" novalidate>
          <app-account-field [state]="state" name="email" />
          <app-submit-button [state]="state" label="account.forgot.submit" saving="account.forgot.saving" />
        </form>
      }
      <p class="account-links">
        <a routerLink="/dang-nhap">{{ 'account.forgot.toLogin' | t }}</a>
      </p>
    </app-account-card>
  `,
})
export class ForgotPasswordPage {
  private readonly apollo = inject(Apollo);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.login', link: '/dang-nhap' }];
  protected readonly state = new FormState({ email: '' }, { email: shared((v) => validateEmail(v)) });
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): Promise<void> {
    const email = this.state.value('email').trim();
    return this.state.submit(
      () => this.apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { email } }),
      { done: () => this.sentTo.set(email) },
    );
  }
}
