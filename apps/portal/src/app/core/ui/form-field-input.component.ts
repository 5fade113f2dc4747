import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  inject,
  input,
  output,
} from '@angular/core';
import {
  AddressValue,
  displayDateToIso,
  FormFieldDefinition,
  isoDateToDisplay,
  PROVINCES,
} from '@dvc/shared/domain';
import { TranslatePipe } from '../i18n/translate.pipe';
import { fieldId } from './form-state';

/** What every control of a field carries: its id, invalid/required state, descriptions and blur. */
@Directive({
  selector: '[appFieldControl]',
  host: {
    '[id]': 'field.id()',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
    '[attr.aria-required]': 'field.field().required ? "true" : null',
    '[attr.aria-describedby]': 'field.describedBy()',
    '(blur)': 'field.blurred.emit()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FormFieldInputComponent);
}

/**
 * The portal's one form field, drawn from a shared definition: text, textarea, number, date, select,
 * checkbox, e-mail, phone, CCCD or address. Used by the intake form, the account pages (through
 * `app-account-field`) and the admin form preview. Label, required mark, help and error are tied to
 * the control for screen readers. Content marked `fieldBefore` goes between label and input (a
 * captcha image), content marked `fieldLabel` into a checkbox's label (a link), other content after
 * the input (a "show password" button).
 */
@Component({
  selector: 'app-form-field-input',
  imports: [TranslatePipe, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--full]': 'wide() || full()' },
  template: `
    @let f = field();
    @if (f.type === 'CHECKBOX') {
      <label class="checkbox">
        <input
          type="checkbox"
          appFieldControl
          [checked]="value() === true"
          (change)="emit($any($event.target).checked)"
        />
        {{ label() }}
        <ng-content select="[fieldLabel]" />
        @if (f.required) {
          <span class="field__required" aria-hidden="true">*</span>
        }
      </label>
    } @else if (f.type === 'ADDRESS') {
      <fieldset class="address" [attr.aria-describedby]="describedBy()">
        <legend class="field__label">
          {{ label() }}
          @if (f.required) {
            <span class="field__required" aria-hidden="true">*</span>
          }
        </legend>
        <div class="form-grid">
          <div class="field">
            <label class="field__label" [attr.for]="id() + '-province'">{{ 'core.form.province' | t }}</label>
            <select
              class="select"
              [id]="id() + '-province'"
              [value]="address().provinceCode"
              [attr.aria-invalid]="error() ? 'true' : null"
              (change)="emitAddress('provinceCode', $any($event.target).value)"
              (blur)="blurred.emit()"
            >
              <option value="">{{ 'core.form.select' | t }}</option>
              @for (p of provinces; track p.code) {
                <option [value]="p.code" [selected]="p.code === address().provinceCode">{{ p.name }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label class="field__label" [attr.for]="id() + '-commune'">{{ 'core.form.commune' | t }}</label>
            <input
              class="input"
              [id]="id() + '-commune'"
              [value]="address().commune"
              (input)="emitAddress('commune', $any($event.target).value)"
              (blur)="blurred.emit()"
            />
          </div>
          <div class="field field--full">
            <label class="field__label" [attr.for]="id() + '-street'">{{ 'core.form.street' | t }}</label>
            <input
              class="input"
              [id]="id() + '-street'"
              [value]="address().street"
              (input)="emitAddress('street', $any($event.target).value)"
              (blur)="blurred.emit()"
            />
          </div>
        </div>
      </fieldset>
    } @else {
      <label class="field__label" [attr.for]="id()">
        {{ label() }}
        @if (f.required) {
          <span class="field__required" aria-hidden="true">*</span>
        }
      </label>
      <ng-content select="[fieldBefore]" />
      @if (f.type === 'TEXTAREA') {
        <textarea
          class="textarea"
          appFieldControl
          [value]="text()"
          [attr.maxlength]="f.maxLength ?? null"
          (input)="emit($any($event.target).value)"
        ></textarea>
      } @else if (f.type === 'SELECT') {
        <select class="select" appFieldControl [value]="text()" (change)="emit($any($event.target).value)">
          <option value="">{{ placeholder() ?? ('core.form.select' | t) }}</option>
          @for (o of f.options ?? []; track o.value) {
            <option [value]="o.value" [selected]="o.value === text()">{{ o.label }}</option>
          }
        </select>
      } @else if (f.type === 'DATE') {
        <!-- Typed as dd/mm/yyyy whatever the browser's locale; the value is yyyy-MM-dd. -->
        <input
          class="input input--date"
          appFieldControl
          type="text"
          placeholder="dd/mm/yyyy"
          maxlength="10"
          [attr.autocomplete]="autocomplete() || null"
          [value]="dateText()"
          (input)="emitDate($any($event.target).value)"
        />
        <p class="field__help" [id]="id() + '-format'">{{ 'core.form.dateHint' | t }}</p>
      } @else {
        <input
          class="input"
          appFieldControl
          [type]="inputType()"
          [attr.inputmode]="inputMode()"
          [attr.autocomplete]="autocomplete() || null"
          [attr.autocapitalize]="verbatim() ? 'none' : null"
          [attr.spellcheck]="verbatim() ? 'false' : null"
          [attr.placeholder]="placeholder()"
          [value]="text()"
          [attr.maxlength]="f.maxLength ?? null"
          (input)="emit($any($event.target).value)"
        />
      }
      <ng-content />
    }
    @if (f.help) {
      <p class="field__help" [id]="id() + '-help'">{{ f.help }}</p>
    }
    @if (error(); as e) {
      <p class="field__error" [id]="id() + '-error'" [attr.data-testid]="'error-' + name()">{{ e }}</p>
    }
  `,
  styles: `
    .address {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
  `,
})
export class FormFieldInputComponent {
  readonly field = input.required<FormFieldDefinition>();
  /** Unique within the page, e.g. "formData.childName"; used for ids and test ids. */
  readonly name = input.required<string>();
  /** The label to show (translated for applicant fields; the procedure's own for intake fields). */
  readonly label = input.required<string>();
  readonly value = input<unknown>(undefined);
  readonly error = input<string | null>(null);
  readonly autocomplete = input('');
  /** A password: typed hidden (a page may bind it to a "show password" toggle). */
  readonly secret = input(false);
  /** Typed exactly as is: no capital first letter, no spell check (user names, codes). */
  readonly verbatim = input(false);
  /** Placeholder of a text input, or the empty choice's text of a select. */
  readonly placeholder = input<string | null>(null);
  /** Spans both columns of a `.form-grid` (text areas and addresses always do). */
  readonly full = input(false);
  readonly valueChange = output<unknown>();
  readonly blurred = output<void>();

  protected readonly provinces = PROVINCES;
  readonly id = computed(() => fieldId(this.name()));
  protected readonly wide = computed(() => ['TEXTAREA', 'ADDRESS'].includes(this.field().type));
  protected readonly text = computed(() => {
    const v = this.value();
    return v === undefined || v === null ? '' : String(v);
  });
  protected readonly address = computed<AddressValue>(() => {
    const v = (this.value() ?? {}) as Partial<AddressValue>;
    return { provinceCode: v.provinceCode ?? '', commune: v.commune ?? '', street: v.street ?? '' };
  });
  protected readonly inputType = computed(() => {
    switch (this.field().type) {
      case 'EMAIL':
        return 'email';
      case 'PHONE':
        return 'tel';
      default:
        return this.secret() ? 'password' : 'text';
    }
  });
  protected readonly inputMode = computed(() => {
    const type = this.field().type;
    if (type === 'NUMBER') return 'decimal';
    if (type === 'CITIZEN_ID') return 'numeric';
    return null;
  });
  /** A stored yyyy-MM-dd as dd/MM/yyyy; what the user is still typing as it is. */
  protected readonly dateText = computed(() => {
    const v = this.text();
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoDateToDisplay(v) : v;
  });
  readonly describedBy = computed(() => {
    const ids = [
      this.field().type === 'DATE' ? `${this.id()}-format` : null,
      this.field().help ? `${this.id()}-help` : null,
      this.error() ? `${this.id()}-error` : null,
    ];
    return ids.filter(Boolean).join(' ') || null;
  });

  protected emit(value: unknown): void {
    this.valueChange.emit(value);
  }

  /** dd/MM/yyyy (or yyyy-MM-dd) becomes yyyy-MM-dd; anything else goes on as typed, for validation. */
  protected emitDate(text: string): void {
    const typed = text.trim();
    const iso = displayDateToIso(typed) ?? (/^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : null);
    this.valueChange.emit(iso ?? typed);
  }

  protected emitAddress(part: keyof AddressValue, value: string): void {
    this.valueChange.emit({ ...this.address(), [part]: value });
  }
}
