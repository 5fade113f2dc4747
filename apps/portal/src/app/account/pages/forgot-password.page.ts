import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RequestPasswordResetDocument } from '@dvc/portal/data-access';
import { validateEmail } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';
import { FormState, sharedValidator } from '../account-form';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

/** Quên mật khẩu: asks for a reset link; the answer is the same whether the address is known or not. */
@Component({
  selector: 'app-forgot-password-page',
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
        [heading]="'account.forgot.title' | t"
        [intro]="sentTo() ? '' : ('account.forgot.intro' | t)"
        [crumbs]="crumbs"
      />
      <div class="card">
        @if (sentTo(); as email) {
          <p class="alert alert--success" role="status" data-testid="forgot-sent">
            {{ 'account.forgot.sent' | t: { email } }}
          </p>
        } @else {
          @if (state.errorMessage(); as message) {
            <div class="alert alert--error" role="alert">{{ message }}</div>
          }
          <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
          <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <app-field [state]="state" name="email" label="account.fields.email" [required]="true">
              <input appFieldInput class="input" type="email" formControlName="email" autocomplete="email" />
            </app-field>
            <div class="actions">
              <button type="submit" class="btn btn--primary" [disabled]="state.saving()">
                @if (state.saving()) {
                  <span class="spinner" aria-hidden="true"></span> {{ 'account.forgot.saving' | t }}
                } @else {
                  {{ 'account.forgot.submit' | t }}
                }
              </button>
            </div>
          </form>
        }
        <p class="account-links">
          <a routerLink="/dang-nhap">{{ 'account.forgot.toLogin' | t }}</a>
        </p>
      </div>
    </section>
  `,
})
export class ForgotPasswordPage {
  private readonly apollo = inject(Apollo);
  protected readonly crumbs: Crumb[] = [{ key: 'core.auth.login', link: '/dang-nhap' }];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', sharedValidator((v) => validateEmail(v))],
  });
  protected readonly state = new FormState(this.form);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (!this.state.beginSubmit()) return;
    const email = this.form.getRawValue().email.trim();
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { email } }),
      );
      this.state.done();
      this.sentTo.set(email);
    } catch (error) {
      this.state.fail(error);
    }
  }
}
