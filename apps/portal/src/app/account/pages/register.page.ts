import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RegisterDocument } from '@dvc/portal/data-access';
import {
  displayDateToIso,
  fieldIssue,
  Gender,
  normalizeEmail,
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
import { FormState, sharedValidator } from '../account-form';
import { dateOfBirthValidator, recheckWhenChanged, sameAsValidator } from '../account-validators';
import { ACCOUNT_FORM_UI } from '../ui/account-form-ui';
import { CaptchaComponent } from '../ui/captcha.component';
import { VerificationMail } from '../verification-mail';

const CONSENT_ISSUE = fieldIssue('consentRequired');

/** Đăng ký: the registration form (* on required fields), the captcha, Lưu lại, then "check your e-mail". */
@Component({
  selector: 'app-register-page',
  imports: [ACCOUNT_FORM_UI, RouterLink, CaptchaComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  templateUrl: './register.page.html',
  styles: `
    .captcha-input {
      max-width: 14rem;
    }
  `,
})
export class RegisterPage {
  private readonly apollo = inject(Apollo);

  protected readonly captchaId = signal('');
  protected readonly registered = signal<{ username: string; email: string } | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
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
    // Consent to the privacy notice (Decree 13/2023/NĐ-CP): required, never ticked in advance.
    privacyConsent: [false, (c: AbstractControl) => (c.value === true ? null : { issue: CONSENT_ISSUE })],
  });
  protected readonly state = new FormState(this.form);
  protected readonly verification = new VerificationMail(this.state);
  private readonly captcha = viewChild(CaptchaComponent);

  constructor() {
    // Cross-field rules: the password depends on the username and e-mail, the confirmation on it.
    recheckWhenChanged(this.form, 'password', 'username', 'email');
    recheckWhenChanged(this.form, 'passwordConfirm', 'password');
  }

  protected submit(): Promise<void> {
    const v = this.form.getRawValue();
    const input = {
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
      privacyConsent: v.privacyConsent,
    };
    return this.state.submit(() => this.apollo.mutate({ mutation: RegisterDocument, variables: { input } }), {
      done: (res) => {
        const payload = res.data?.register;
        if (payload) this.registered.set({ username: payload.username, email: payload.email });
        window.scrollTo({ top: 0 });
      },
      failed: (ui) => {
        // An answer about fields (USERNAME_TAKEN, EMAIL_TAKEN, CAPTCHA_INVALID…) is shown beside them,
        // once: the same sentence above the form would only repeat it.
        const fields = Object.keys(ui.fields ?? {});
        if (fields.length > 0 && fields.every((name) => name in this.form.controls))
          this.state.error.set(null);
        // A captcha is used up by any attempt that reached it: show a fresh one.
        // CONSENT_REQUIRED is answered before the captcha is checked, so it keeps the captcha too.
        const keepsCaptcha: string[] = ['VALIDATION_FAILED', 'TOO_MANY_ATTEMPTS', 'CONSENT_REQUIRED'];
        if (!keepsCaptcha.includes(ui.code)) this.newCaptcha();
      },
    });
  }

  /**
   * A fresh captcha with an empty, quiet field: the citizen has not had a chance to answer it yet, so
   * "required" must not show. The other fields stay as typed (and touched, so their checks still show).
   */
  private newCaptcha(): void {
    // Without events: a value change would also drop the server's message about the captcha itself.
    this.form.controls.captchaAnswer.reset('', { emitEvent: false });
    this.state.submitted.set(false);
    void this.captcha()?.refresh();
  }
}
