import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { AbstractControl, FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AccountFieldsFragment,
  Gender as GqlGender,
  UpdateProfileDocument,
  UpdateProfileInput,
} from '@dvc/portal/data-access';
import {
  displayDateToIso,
  FieldIssue,
  isoDateToDisplay,
  normalizeEmail,
  validateCommune,
  validateDateOfBirth,
  validateEmail,
  validateFullName,
  validateGender,
  validatePhone,
  validateStreet,
} from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { AuthStore } from '../../core/auth/auth.store';
import { SessionExpiryService } from '../../core/auth/session-expiry.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { FormState, sharedValidator } from '../account-form';
import { dateOfBirthValidator } from '../account-validators';
import { ACCOUNT_FORM_UI } from '../ui/account-form-ui';
import { VerificationMail } from '../verification-mail';

/**
 * A field an account may not have yet (officers and admins are created without them) only becomes
 * required once the user edits it.
 */
const whenEdited = (check: (v: string) => FieldIssue | null) =>
  sharedValidator((v: string, c: AbstractControl) => (c.pristine && !v.trim() ? null : check(v)));

/** Hồ sơ cá nhân: edit the profile; an e-mail change waits for the new address to be verified. */
@Component({
  selector: 'app-profile-page',
  imports: [ACCOUNT_FORM_UI, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  templateUrl: './profile.page.html',
  styles: `
    .profile-facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0 0 1rem;
      dt {
        color: var(--c-muted);
        font-size: 0.875rem;
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
    }
  `,
})
export class ProfilePage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionExpiryService);
  private readonly document = inject(DOCUMENT);

  protected readonly account = this.auth.account;
  protected readonly saved = signal<string | null>(null);
  protected readonly loadFailed = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', sharedValidator((v) => validateEmail(v))],
    fullName: ['', sharedValidator((v) => validateFullName(v))],
    gender: ['', whenEdited((v) => validateGender(v))],
    dateOfBirth: ['', dateOfBirthValidator(validateDateOfBirth, false)],
    phone: ['', whenEdited((v) => validatePhone(v))],
    provinceCode: [''],
    commune: ['', sharedValidator((v) => validateCommune(v))],
    street: ['', sharedValidator((v) => validateStreet(v))],
  });
  protected readonly state = new FormState(this.form);
  protected readonly verification = new VerificationMail(this.state);

  ngOnInit(): void {
    void this.load();
  }

  /** The guard loaded the session; ask again so the page shows what the server has now. */
  protected async load(): Promise<void> {
    this.loadFailed.set(false);
    await this.auth.refresh();
    const account = this.auth.account();
    if (this.auth.unreachable()) this.loadFailed.set(!account);
    // The server no longer knows this session: ask to log in again.
    else if (!account) this.session.handle();
    if (account) this.fill(account);
  }

  protected submit(): Promise<void> {
    this.saved.set(null);
    const input = this.changes();
    return this.state.submit(
      () => this.apollo.mutate({ mutation: UpdateProfileDocument, variables: { input } }),
      {
        done: (res) => {
          const updated = res.data?.updateProfile;
          if (!updated) return;
          this.auth.setAccount(updated);
          this.fill(updated);
          this.verification.sent.set(false);
          this.saved.set(
            input.email && updated.pendingEmail
              ? this.i18n.t('account.profile.savedEmail', { email: updated.pendingEmail })
              : this.i18n.t('account.profile.saved'),
          );
          // The form is long: bring the confirmation (above it) into view.
          setTimeout(() =>
            this.document.querySelector<HTMLElement>('[data-testid="profile-saved"]')?.focus(),
          );
        },
      },
    );
  }

  /** Only what the user edited is sent. */
  private changes(): UpdateProfileInput {
    const account = this.auth.account();
    const v = this.form.getRawValue();
    const c = this.form.controls;
    const input: UpdateProfileInput = {};
    if (c.fullName.dirty) input.fullName = v.fullName;
    if (c.gender.dirty && v.gender) input.gender = v.gender as GqlGender;
    if (c.dateOfBirth.dirty && v.dateOfBirth.trim()) input.dateOfBirth = displayDateToIso(v.dateOfBirth);
    if (c.phone.dirty && v.phone.trim()) input.phone = v.phone;
    if (c.provinceCode.dirty) input.provinceCode = v.provinceCode || null;
    if (c.commune.dirty) input.commune = v.commune.trim() || null;
    if (c.street.dirty) input.street = v.street.trim() || null;
    const newEmail = normalizeEmail(v.email);
    if (c.email.dirty && newEmail !== account?.email) input.email = newEmail;
    return input;
  }

  private fill(a: AccountFieldsFragment): void {
    this.form.reset({
      email: a.email,
      fullName: a.fullName,
      gender: a.gender ?? '',
      dateOfBirth: isoDateToDisplay(a.dateOfBirth),
      phone: a.phone ?? '',
      provinceCode: a.provinceCode ?? '',
      commune: a.commune ?? '',
      street: a.street ?? '',
    });
    this.state.submitted.set(false);
  }
}
