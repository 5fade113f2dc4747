import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AccountFieldsFragment,
  Gender as GqlGender,
  UpdateProfileDocument,
  UpdateProfileInput,
} from '@dvc/portal/data-access';
import {
  FieldIssue,
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
import { FieldCheck, FormState, shared } from '../../core/ui/form-state';
import { dateOfBirthCheck } from '../account-checks';
import { ADDRESS_FIELDS } from '../ui/account-field.component';
import { ACCOUNT_PAGE_UI } from '../ui/account-page-ui';
import { VerificationMail } from '../verification-mail';

/**
 * A field an account may not have yet (officers and admins are created without them) only becomes
 * required once the user edits it.
 */
const whenEdited = (check: (v: string) => FieldIssue | null): FieldCheck<ProfileForm> =>
  shared((v, { edited }) => (!edited && !v.trim() ? null : check(v)));

type ProfileForm = {
  email: string;
  fullName: string;
  gender: string;
  dateOfBirth: string;
  phone: string;
  provinceCode: string;
  commune: string;
  street: string;
};

/** Hồ sơ cá nhân: edit the profile; an e-mail change waits for the new address to be verified. */
@Component({
  selector: 'app-profile-page',
  imports: [ACCOUNT_PAGE_UI, RouterLink],
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

  protected readonly state = new FormState<ProfileForm>(
    {
      email: '',
      fullName: '',
      gender: '',
      dateOfBirth: '',
      phone: '',
      provinceCode: '',
      commune: '',
      street: '',
    },
    {
      email: shared((v) => validateEmail(v)),
      fullName: shared((v) => validateFullName(v)),
      gender: whenEdited((v) => validateGender(v)),
      dateOfBirth: dateOfBirthCheck(validateDateOfBirth, false),
      phone: whenEdited((v) => validatePhone(v)),
      commune: shared((v) => validateCommune(v)),
      street: shared((v) => validateStreet(v)),
    },
  );
  protected readonly verification = new VerificationMail(this.state);
  protected readonly personalFields = ['fullName', 'gender', 'dateOfBirth', 'phone'] as const;
  protected readonly addressFields = ADDRESS_FIELDS;

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
    const v = this.state.values();
    const edited = (name: keyof ProfileForm) => this.state.isEdited(name);
    const input: UpdateProfileInput = {};
    if (edited('fullName')) input.fullName = v.fullName;
    if (edited('gender') && v.gender) input.gender = v.gender as GqlGender;
    // The date field hands on YYYY-MM-DD once the typed date reads as one (checked before sending).
    if (edited('dateOfBirth') && v.dateOfBirth.trim()) input.dateOfBirth = v.dateOfBirth;
    if (edited('phone') && v.phone.trim()) input.phone = v.phone;
    if (edited('provinceCode')) input.provinceCode = v.provinceCode || null;
    if (edited('commune')) input.commune = v.commune.trim() || null;
    if (edited('street')) input.street = v.street.trim() || null;
    const newEmail = normalizeEmail(v.email);
    if (edited('email') && newEmail !== account?.email) input.email = newEmail;
    return input;
  }

  private fill(a: AccountFieldsFragment): void {
    this.state.reset({
      email: a.email,
      fullName: a.fullName,
      gender: a.gender ?? '',
      dateOfBirth: a.dateOfBirth ?? '',
      phone: a.phone ?? '',
      provinceCode: a.provinceCode ?? '',
      commune: a.commune ?? '',
      street: a.street ?? '',
    });
  }
}
