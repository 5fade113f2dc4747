import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { AccountFieldComponent } from './legacy-account-field.component';
import { FieldComponent, FieldInputDirective } from './field.component';
import { FormErrorComponent } from '../../core/ui/form-error.component';
import { SubmitButtonComponent } from '../../core/ui/submit-button.component';

/**
 * Legacy (Reactive Forms) set, kept only until the register page moves to ACCOUNT_PAGE_UI.
 * What every account form page's template uses (`imports: [ACCOUNT_FORM_UI, …]`). */
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
