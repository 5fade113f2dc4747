import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AccountFieldsFragment,
  Gender as GqlGender,
  ResendVerificationDocument,
  UpdateProfileDocument,
  UpdateProfileInput,
} from '@dvc/portal/data-access';
import {
  displayDateToIso,
  FieldIssue,
  Gender,
  isoDateToDisplay,
  normalizeEmail,
  PROVINCES,
  validateCommune,
  validateDateOfBirth,
  validateEmail,
  validateFullName,
  validateGender,
  validatePhone,
  validateStreet,
} from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { SessionExpiryService } from '../../core/auth/session-expiry.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { FormState, sharedValidator } from '../account-form';
import { dateOfBirthValidator } from '../account-validators';
import { FieldComponent, FieldInputDirective } from '../ui/field.component';

/**
 * A field an account may not have yet (officers and admins are created without them) only becomes
 * required once the user edits it.
 */
const whenEdited = (check: (v: string) => FieldIssue | null) =>
  sharedValidator((v: string, c: AbstractControl) => (c.pristine && !v.trim() ? null : check(v)));

/** Hồ sơ cá nhân: edit the profile; an e-mail change waits for the new address to be verified. */
@Component({
  selector: 'app-profile-page',
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
    <section class="container page page--medium">
      <app-page-header [heading]="'account.profile.title' | t" [intro]="'account.profile.intro' | t">
        <nav pageActions class="actions" [attr.aria-label]="'account.profile.title' | t">
          <a routerLink="/ho-so-ca-nhan/ho-so" class="btn btn--sm">{{ 'account.profile.myDossiers' | t }}</a>
          <a routerLink="/ho-so-ca-nhan/doi-mat-khau" class="btn btn--sm">{{
            'account.profile.changePassword' | t
          }}</a>
        </nav>
      </app-page-header>
      <div class="card">
        @if (account(); as a) {
          <p class="required-legend">{{ 'account.fields.requiredNote' | t }}</p>
          @if (saved(); as message) {
            <div class="alert alert--success" role="status" tabindex="-1" data-testid="profile-saved">
              {{ message }}
            </div>
          }
          @if (state.errorMessage(); as message) {
            <div class="alert alert--error" role="alert" data-testid="form-error">{{ message }}</div>
          }
          @if (a.pendingEmail) {
            <div class="alert alert--info" data-testid="pending-email">
              {{ 'account.profile.pendingEmail' | t: { email: a.pendingEmail } }}
              @if (resent()) {
                <strong role="status">{{ 'account.profile.resent' | t: { email: a.pendingEmail } }}</strong>
              } @else {
                <button type="button" class="btn btn--link" (click)="resend(a.pendingEmail)">
                  {{ 'account.profile.resendPending' | t }}
                </button>
              }
            </div>
          }
          <form class="account-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <fieldset class="account-section">
              <legend>{{ 'account.profile.accountSection' | t }}</legend>
              <dl class="profile-facts">
                <div>
                  <dt>{{ 'account.profile.username' | t }}</dt>
                  <dd data-testid="profile-username">{{ a.username }}</dd>
                </div>
                @if (a.citizenId) {
                  <div>
                    <dt>{{ 'account.profile.citizenId' | t }}</dt>
                    <dd>{{ a.citizenId }}</dd>
                  </div>
                }
                <div>
                  <dt>{{ 'account.profile.role' | t }}</dt>
                  <dd>{{ 'account.profile.roles.' + a.role | t }}</dd>
                </div>
              </dl>
              <app-field
                [state]="state"
                name="email"
                label="account.fields.email"
                hint="account.profile.emailHint"
                [required]="true"
              >
                <input
                  appFieldInput
                  class="input"
                  type="email"
                  formControlName="email"
                  autocomplete="email"
                />
              </app-field>
            </fieldset>

            <fieldset class="account-section">
              <legend>{{ 'account.profile.personalSection' | t }}</legend>
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
              <legend>{{ 'account.profile.addressSection' | t }}</legend>
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

            <div class="actions">
              <button
                type="submit"
                class="btn btn--primary"
                [disabled]="state.saving()"
                data-testid="profile-submit"
              >
                @if (state.saving()) {
                  <span class="spinner" aria-hidden="true"></span> {{ 'account.profile.saving' | t }}
                } @else {
                  {{ 'account.profile.submit' | t }}
                }
              </button>
            </div>
          </form>
        } @else if (loadFailed()) {
          <div class="alert alert--error" role="alert">
            {{ 'core.common.networkError' | t }}
            <button type="button" class="btn btn--sm" (click)="load()">{{ 'core.common.retry' | t }}</button>
          </div>
        } @else {
          <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span> {{ 'account.profile.loading' | t }}
          </p>
        }
      </div>
    </section>
  `,
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
  protected readonly genders = Object.values(Gender);
  protected readonly provinces = PROVINCES;
  protected readonly saved = signal<string | null>(null);
  protected readonly resent = signal(false);
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

  protected async submit(): Promise<void> {
    this.saved.set(null);
    if (!this.state.beginSubmit()) return;
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
    try {
      const res = await firstValueFrom(
        this.apollo.mutate({ mutation: UpdateProfileDocument, variables: { input } }),
      );
      this.state.done();
      const updated = res.data?.updateProfile;
      if (updated) {
        this.auth.setAccount(updated);
        this.fill(updated);
        this.resent.set(false);
        this.saved.set(
          input.email && updated.pendingEmail
            ? this.i18n.t('account.profile.savedEmail', { email: updated.pendingEmail })
            : this.i18n.t('account.profile.saved'),
        );
        // The form is long: bring the confirmation (above it) into view.
        setTimeout(() => this.document.querySelector<HTMLElement>('[data-testid="profile-saved"]')?.focus());
      }
    } catch (error) {
      this.state.fail(error);
    }
  }

  protected async resend(email: string): Promise<void> {
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: ResendVerificationDocument, variables: { email } }),
      );
      this.resent.set(true);
    } catch (error) {
      this.state.fail(error);
    }
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
