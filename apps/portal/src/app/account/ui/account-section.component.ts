import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AnyFormState } from '../../core/ui/form-state';
import { AccountFieldComponent, AccountFieldName } from './account-field.component';

/** One titled group of account fields (Thông tin cá nhân, Địa chỉ…), in the order given. */
@Component({
  selector: 'app-account-section',
  imports: [TranslatePipe, AccountFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <fieldset class="account-section">
      <legend>{{ legend() | t }}</legend>
      <div class="form-grid">
        @for (name of fields(); track name) {
          <app-account-field [state]="state()" [name]="name" />
        }
      </div>
    </fieldset>
  `,
})
export class AccountSectionComponent {
  readonly state = input.required<AnyFormState>();
  /** Translation key of the group's title. */
  readonly legend = input.required<string>();
  readonly fields = input.required<readonly AccountFieldName[]>();
}
