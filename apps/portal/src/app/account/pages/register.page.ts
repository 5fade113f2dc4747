import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RegisterDocument } from '@dvc/portal/data-access';
import {
  fieldIssue,
  FormFieldDefinition,
  Gender,
  normalizeEmail,
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
import { I18nService } from '../../core/i18n/i18n.service';
import { FormState, shared } from '../../core/ui/form-state';
import { dateOfBirthCheck, required, sameAs } from '../account-checks';
import { ADDRESS_FIELDS } from '../ui/account-field.component';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';
import { CaptchaComponent } from '../ui/captcha.component';
import { VerificationMail } from '../verification-mail';

const CONSENT_ISSUE = fieldIssue('consentRequired');

type RegisterForm = {
  username: string;
  email: string;
  password: string;
  passwordConfirm: string;
  fullName: string;
  citizenId: string;
  dateOfBirth: string;
  gender: string;
  phone: string;
  provinceCode: string;
  commune: string;
  street: string;
  captchaAnswer: string;
  privacyConsent: boolean;
};

const EMPTY: RegisterForm = {
  username: '',
  email: '',
  password: '',
  passwordConfirm: '',
  fullName: '',
  citizenId: '',
  dateOfBirth: '',
  gender: '',
  phone: '',
  provinceCode: '',
  commune: '',
  street: '',
  captchaAnswer: '',
  privacyConsent: false,
};

/** Đăng ký: the registration form (* on required fields), the captcha, Lưu lại, then "check your e-mail". */
@Component({
  selector: 'app-register-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink, CaptchaComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  templateUrl: './register.page.html',
})
export class RegisterPage {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);

  protected readonly captchaId = signal('');
  protected readonly registered = signal<{ username: string; email: string } | null>(null);

  // Cross-field rules (the password against the username and e-mail, the confirmation against the
  // password) follow the other fields at once: every check reads the whole form.
  protected readonly state = new FormState<RegisterForm>(EMPTY, {
    username: shared((v) => validateUsername(v)),
    email: shared((v) => validateEmail(v)),
    password: shared((v, { values }) =>
      validatePassword(v, { username: values.username, email: values.email }),
    ),
    passwordConfirm: sameAs('password'),
    fullName: shared((v) => validateFullName(v)),
    citizenId: shared((v) => validateCitizenId(v)),
    dateOfBirth: dateOfBirthCheck(validateDateOfBirth, true),
    gender: shared((v) => validateGender(v)),
    phone: shared((v) => validatePhone(v)),
    commune: shared((v) => validateCommune(v)),
    street: shared((v) => validateStreet(v)),
    captchaAnswer: required(),
    // Consent to the privacy notice (Decree 13/2023/NĐ-CP): required, never ticked in advance.
    privacyConsent: (v) => (v === true ? null : CONSENT_ISSUE),
  });
  protected readonly verification = new VerificationMail(this.state);
  protected readonly accountFields = ['username', 'email', 'password', 'passwordConfirm'] as const;
  protected readonly personalFields = ['fullName', 'citizenId', 'dateOfBirth', 'gender', 'phone'] as const;
  protected readonly addressFields = ADDRESS_FIELDS;
  private readonly captcha = viewChild(CaptchaComponent);

  /** The two fields of this page only: the captcha answer and the consent box. */
  protected readonly captchaField = computed((): FormFieldDefinition => ({
    key: 'captchaAnswer',
    label: this.i18n.t('account.fields.captcha'),
    help: this.i18n.t('account.fields.captchaHint'),
    type: 'TEXT',
    required: true,
    maxLength: 10,
  }));
  protected readonly consentField: FormFieldDefinition = {
    key: 'privacyConsent',
    label: '',
    type: 'CHECKBOX',
    required: true,
  };

  protected submit(): Promise<void> {
    const v = this.state.values();
    const input = {
      username: v.username.trim(),
      email: normalizeEmail(v.email),
      password: v.password,
      fullName: v.fullName,
      citizenId: v.citizenId.trim(),
      // The date field hands on YYYY-MM-DD (checked before sending).
      dateOfBirth: v.dateOfBirth,
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
        if (fields.length > 0 && fields.every((name) => name in EMPTY)) this.state.error.set(null);
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
    // Not an edit: the server's message about the captcha itself stays.
    this.state.replace('captchaAnswer', '');
    this.state.submitted.set(false);
    void this.captcha()?.refresh();
  }
}
