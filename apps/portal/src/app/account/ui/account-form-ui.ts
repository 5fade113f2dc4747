import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { AccountFieldComponent } from './account-field.component';
import { FieldComponent, FieldInputDirective } from './field.component';
import { FormErrorComponent } from './form-error.component';
import { SubmitButtonComponent } from './submit-button.component';

/** What every account form page's template uses (`imports: [ACCOUNT_FORM_UI, …]`). */
export const ACCOUNT_FORM_UI = [
  ReactiveFormsModule,
  TranslatePipe,
  PageHeaderComponent,
  AccountFieldComponent,
  FieldComponent,
  FieldInputDirective,
  FormErrorComponent,
  SubmitButtonComponent,
] as const;
