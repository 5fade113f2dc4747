import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../core/ui/form-error.component';
import { FormFieldInputComponent } from '../../core/ui/form-field-input.component';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { SubmitButtonComponent } from '../../core/ui/submit-button.component';
import { AccountCardComponent } from './account-card.component';
import { AccountFieldComponent } from './account-field.component';
import { AccountSectionComponent } from './account-section.component';

/** What every account form page's template uses (`imports: [ACCOUNT_PAGE_UI, …]`). */
export const ACCOUNT_PAGE_UI = [
  TranslatePipe,
  PageHeaderComponent,
  AccountCardComponent,
  AccountFieldComponent,
  AccountSectionComponent,
  FormFieldInputComponent,
  FormErrorComponent,
  SubmitButtonComponent,
] as const;
