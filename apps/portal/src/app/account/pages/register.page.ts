import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RegisterDocument, ResendVerificationDocument } from '@dvc/portal/data-access';
import {
  displayDateToIso,
  Gender,
  normalizeEmail,
  PROVINCES,
  REQUIRED_ISSUE,
  validateCitizenId,
  validateCommune,
  validateDateOfBirth,
  validateEmail,
  validateFullName,
  validateGender,
  validatePassword,
  validatePhone,
  validateStreet,
  validateUsername,
} from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { FormState, sharedValidator } from '../account-form';
import { dateOfBirthValidator, sameAsValidator } from '../account-validators';
import { CaptchaComponent } from '../ui/captcha.component';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

/** Đăng ký: the registration form (* on required fields), the captcha, Lưu lại, then "check your e-mail". */
@Component({
  selector: 'app-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldComponent,
    FieldInputDirective,
    CaptchaComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <section class="container page page--medium">
      <app-page-header
        [heading]="(registered() ? 'account.register.doneTitle' : 'account.register.title') | t"
        [intro]="registered() ? '' : ('account.register.intro' | t)"
        [current]="'account.register.title' | t"
      />
      <div class="card">
        @if (registered(); as done) {
          <div class="alert alert--success" role="status" data-testid="register-done">
            {{ 'account.register.doneText' | t: { username: done.username, email: done.email } }}
          </div>
          <p>
            {{ 'account.register.noMail' | t }}
            @if (resent()) {
              <strong role="status">{{ 'account.register.resent' | t }}</strong>
            } @else {
              <button
                type="button"
                class="btn btn--link"
                (click)="resend(done.email)"
                [disabled]="resending()"
              >
                {{ 'account.register.resend' | t }}
              </button>
            }
          </p>
          <a routerLink="/dang-nhap" class="btn btn--primary">{{ 'account.register.toLogin' | t }}</a>
        } @else {
          <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
          @if (state.errorMessage(); as message) {
            <div class="alert alert--error" role="alert" data-testid="form-error">{{ message }}</div>
          }
          <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <fieldset class="account-section">
              <legend>{{ 'account.register.accountSection' | t }}</legend>
              <div class="form-grid">
                <app-field
                  [state]="state"
                  name="username"
                  label="account.fields.username"
                  hint="account.fields.usernameHint"
                  [required]="true"
                >
                  <input
                    appFieldInput
                    class="input"
                    formControlName="username"
                    autocomplete="username"
                    autocapitalize="none"
                    spellcheck="false"
                  />
                </app-field>
                <app-field [state]="state" name="email" label="account.fields.email" [required]="true">
                  <input
                    appFieldInput
                    class="input"
                    type="email"
                    formControlName="email"
                    autocomplete="email"
                  />
                </app-field>
                <app-field
                  [state]="state"
                  name="password"
                  label="account.fields.password"
                  hint="account.fields.passwordHint"
                  [required]="true"
                >
                  <input
                    appFieldInput
                    class="input"
                    type="password"
                    formControlName="password"
                    autocomplete="new-password"
                  />
                </app-field>
                <app-field
                  [state]="state"
                  name="passwordConfirm"
                  label="account.fields.passwordConfirm"
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
              </div>
            </fieldset>

            <fieldset class="account-section">
              <legend>{{ 'account.register.personalSection' | t }}</legend>
              <div class="form-grid">
                <app-field
                  [state]="state"
                  name="fullName"
                  label="account.fields.fullName"
                  [required]="true"
                  [full]="true"
                >
                  <input appFieldInput class="input" formControlName="fullName" autocomplete="name" />
                </app-field>
                <app-field
                  [state]="state"
                  name="citizenId"
                  label="account.fields.citizenId"
                  hint="account.fields.citizenIdHint"
                  [required]="true"
                >
                  <input
                    appFieldInput
                    class="input"
                    formControlName="citizenId"
                    inputmode="numeric"
                    maxlength="12"
                  />
                </app-field>
                <app-field
                  [state]="state"
                  name="dateOfBirth"
                  label="account.fields.dateOfBirth"
                  hint="account.fields.dateHint"
                  [required]="true"
                >
                  <input
                    appFieldInput
                    class="input"
                    formControlName="dateOfBirth"
                    inputmode="numeric"
                    autocomplete="bday"
                    placeholder="dd/mm/yyyy"
                  />
                </app-field>
                <app-field [state]="state" name="gender" label="account.fields.gender" [required]="true">
                  <select appFieldInput class="select" formControlName="gender">
                    <option value="">—</option>
                    @for (g of genders; track g) {
                      <option [value]="g">{{ 'account.fields.genders.' + g | t }}</option>
                    }
                  </select>
                </app-field>
                <app-field
                  [state]="state"
                  name="phone"
                  label="account.fields.phone"
                  hint="account.fields.phoneHint"
                  [required]="true"
                >
                  <input appFieldInput class="input" type="tel" formControlName="phone" autocomplete="tel" />
                </app-field>
              </div>
            </fieldset>

            <fieldset class="account-section">
              <legend>{{ 'account.register.addressSection' | t }}</legend>
              <div class="form-grid">
                <app-field [state]="state" name="provinceCode" label="account.fields.province">
                  <select appFieldInput class="select" formControlName="provinceCode">
                    <option value="">{{ 'account.fields.chooseProvince' | t }}</option>
                    @for (p of provinces; track p.code) {
                      <option [value]="p.code">{{ p.name }}</option>
                    }
                  </select>
                </app-field>
                <app-field [state]="state" name="commune" label="account.fields.commune">
                  <input appFieldInput class="input" formControlName="commune" />
                </app-field>
                <app-field [state]="state" name="street" label="account.fields.street" [full]="true">
                  <input appFieldInput class="input" formControlName="street" autocomplete="street-address" />
                </app-field>
              </div>
            </fieldset>

            <app-field
              [state]="state"
              name="captchaAnswer"
              label="account.fields.captcha"
              hint="account.fields.captchaHint"
              [required]="true"
            >
              <app-captcha (changed)="captchaId.set($event)" />
              <input
                appFieldInput
                class="input captcha-input"
                formControlName="captchaAnswer"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                maxlength="10"
              />
            </app-field>

            <div class="actions">
              <button
                type="submit"
                class="btn btn--primary"
                [disabled]="state.saving()"
                data-testid="register-submit"
              >
                @if (state.saving()) {
                  <span class="spinner" aria-hidden="true"></span> {{ 'account.register.saving' | t }}
                } @else {
                  {{ 'account.register.submit' | t }}
                }
              </button>
            </div>
          </form>
          <p class="account-links">
            <span>
              {{ 'account.register.haveAccount' | t }}
              <a routerLink="/dang-nhap">{{ 'account.register.login' | t }}</a>
            </span>
          </p>
        }
      </div>
    </section>
  `,
  styles: `
    .captcha-input {
      max-width: 14rem;
    }
  `,
})
export class RegisterPage {
  private readonly apollo = inject(Apollo);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly genders = Object.values(Gender);
  protected readonly provinces = PROVINCES;
  protected readonly captchaId = signal('');
  protected readonly registered = signal<{ username: string; email: string } | null>(null);
  protected readonly resending = signal(false);
  protected readonly resent = signal(false);

  protected readonly form = this.fb.group({
    username: ['', sharedValidator((v) => validateUsername(v))],
    email: ['', sharedValidator((v) => validateEmail(v))],
    password: [
      '',
      sharedValidator((v, c) =>
        validatePassword(v, { username: c.parent?.value.username, email: c.parent?.value.email }),
      ),
    ],
    passwordConfirm: ['', sameAsValidator('password')],
    fullName: ['', sharedValidator((v) => validateFullName(v))],
    citizenId: ['', sharedValidator((v) => validateCitizenId(v))],
    dateOfBirth: ['', dateOfBirthValidator(validateDateOfBirth, true)],
    gender: ['', sharedValidator((v) => validateGender(v))],
    phone: ['', sharedValidator((v) => validatePhone(v))],
    provinceCode: [''],
    commune: ['', sharedValidator((v) => validateCommune(v))],
    street: ['', sharedValidator((v) => validateStreet(v))],
    captchaAnswer: ['', sharedValidator((v) => (v.trim() ? null : REQUIRED_ISSUE))],
  });
  protected readonly state = new FormState(this.form);
  private readonly captcha = viewChild(CaptchaComponent);

  constructor() {
    // Cross-field rules: the password depends on the username and e-mail, the confirmation on it.
    const recheck = (name: 'password' | 'passwordConfirm') =>
      this.form.controls[name].updateValueAndValidity({ emitEvent: false });
    this.form.controls.username.valueChanges.subscribe(() => recheck('password'));
    this.form.controls.email.valueChanges.subscribe(() => recheck('password'));
    this.form.controls.password.valueChanges.subscribe(() => recheck('passwordConfirm'));
  }

  protected async submit(): Promise<void> {
    if (!this.state.beginSubmit()) return;
    const v = this.form.getRawValue();
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({
          mutation: RegisterDocument,
          variables: {
            input: {
              username: v.username.trim(),
              email: normalizeEmail(v.email),
              password: v.password,
              fullName: v.fullName,
              citizenId: v.citizenId.trim(),
              dateOfBirth: displayDateToIso(v.dateOfBirth) ?? v.dateOfBirth,
              gender: v.gender as Gender,
              phone: v.phone,
              provinceCode: v.provinceCode || null,
              commune: v.commune || null,
              street: v.street || null,
              captchaId: this.captchaId(),
              captchaAnswer: v.captchaAnswer.trim(),
            },
          },
        }),
      );
      this.state.done();
      const payload = res.data?.register;
      if (payload) this.registered.set({ username: payload.username, email: payload.email });
      window.scrollTo({ top: 0 });
    } catch (error) {
      const ui = this.state.fail(error);
      // A captcha is used up by any attempt that reached it: show a fresh one.
      if (ui.code !== 'VALIDATION_FAILED' && ui.code !== 'TOO_MANY_ATTEMPTS') this.newCaptcha();
    }
  }

  protected async resend(email: string): Promise<void> {
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

  private newCaptcha(): void {
    this.form.controls.captchaAnswer.reset('');
    void this.captcha()?.refresh();
  }
}
