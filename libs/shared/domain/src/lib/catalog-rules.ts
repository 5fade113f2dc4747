import { DOCUMENT_FILE_TYPES } from './catalog';
import { fieldIssue, FieldIssue, FieldIssues } from './field-issues';
import { isSafePattern, isValidPattern } from './form-field-patterns';
import { FormFieldType } from './form-fields';

/**
 * The catalog's input rules (agency, sector, procedure, document component, form field), here so the
 * admin console can check a form before it sends it and the API refuses exactly the same things.
 * Rules that need the database (a code already taken, an agency's parent) stay in the API.
 */

/** Agency codes: the national unit-code style ("G01", "000.00.12.H29"). */
export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9.]{1,39}$/;
/** Sector codes: "HO-TICH", "CU-TRU". */
export const SECTOR_CODE = /^[A-Z0-9][A-Z0-9.-]{1,39}$/;
/** Procedure codes: national "1.001193", or a local code of letters, digits, dots and dashes. */
export const PROCEDURE_CODE = /^[0-9A-Z][0-9A-Z.-]{2,39}$/;
/** Form field keys are stored as JSON keys of the dossier's form data. */
export const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,63}$/;

type Text = string | null | undefined;
type Int = number | null | undefined;

/**
 * Collects the first issue of each field, so an administrator sees every problem at once.
 * `undefined` and `null` mean "not sent" (a partial update) unless the field is required.
 */
export class InputChecker {
  private readonly found: FieldIssues = {};

  fail(field: string, found: FieldIssue): void {
    this.found[field] ??= found;
  }

  /** A trimmed, NFC text between `min` and `max` characters. */
  text(field: string, value: Text, { required = true, max = 255, min = 1 } = {}): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail(field, fieldIssue('required'));
      return undefined;
    }
    const text = value.normalize('NFC').trim();
    if (text.length < min)
      this.fail(field, min <= 1 ? fieldIssue('required') : fieldIssue('tooShort', { min }));
    else if (text.length > max) this.fail(field, fieldIssue('tooLong', { max }));
    return text;
  }

  /** An optional free text (description, help): empty is fine, only the length is limited. */
  optionalText(field: string, value: Text, max: number): string | undefined {
    if (value === undefined || value === null) return undefined;
    const text = value.normalize('NFC').trim();
    if (text.length > max) this.fail(field, fieldIssue('tooLong', { max }));
    return text;
  }

  code(field: string, value: Text, pattern: RegExp, example: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const code = value.trim();
    if (!code) this.fail(field, fieldIssue('required'));
    else if (!pattern.test(code)) this.fail(field, fieldIssue('invalidCode', { example }));
    return code;
  }

  int(field: string, value: Int, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(field, fieldIssue('integerRange', { min, max }));
    }
  }

  issues(): FieldIssues {
    return { ...this.found };
  }

  get ok(): boolean {
    return Object.keys(this.found).length === 0;
  }
}

// ---- Agencies and sectors ----

export interface CodeNameInput {
  code?: Text;
  name?: Text;
}

export function checkAgency(check: InputChecker, input: CodeNameInput, creating: boolean) {
  return {
    code: check.code('code', creating ? (input.code ?? '') : input.code, AGENCY_CODE, '000.00.12.H29'),
    name: check.text('name', input.name, { required: creating }),
  };
}

export function checkSector(check: InputChecker, input: CodeNameInput, creating: boolean) {
  return {
    code: check.code('code', creating ? (input.code ?? '') : input.code, SECTOR_CODE, 'HO-TICH'),
    name: check.text('name', input.name, { required: creating }),
  };
}

// ---- Procedures ----

export interface ProcedureRulesInput extends CodeNameInput {
  processingDays?: Int;
  feeAmount?: Int;
  popularity?: Int;
  feeText?: Text;
  legalBasis?: Text;
  description?: Text;
  resultDescription?: Text;
}

export function checkProcedure(check: InputChecker, input: ProcedureRulesInput, creating: boolean) {
  check.int('processingDays', input.processingDays, 0, 365);
  check.int('feeAmount', input.feeAmount, 0, 2_000_000_000);
  check.int('popularity', input.popularity, 0, 2_000_000_000);
  return {
    code: check.code('code', creating ? (input.code ?? '') : input.code, PROCEDURE_CODE, '1.001193'),
    name: check.text('name', input.name, { max: 500, min: 3, required: creating }),
    texts: {
      feeText: check.optionalText('feeText', input.feeText, 500),
      legalBasis: check.optionalText('legalBasis', input.legalBasis, 10_000),
      description: check.optionalText('description', input.description, 10_000),
      resultDescription: check.optionalText('resultDescription', input.resultDescription, 2_000),
    },
  };
}

// ---- Document components ----

export interface ComponentRulesInput {
  name?: Text;
  description?: Text;
  originals?: Int;
  copies?: Int;
  position?: Int;
  acceptedTypes?: string[] | null;
  maxSizeMb?: number | null;
}

/** `uploadLimitMb` is the server's own cap on one file (UPLOAD_MAX_FILE_MB). */
export function checkComponent(
  check: InputChecker,
  input: ComponentRulesInput,
  creating: boolean,
  uploadLimitMb: number,
) {
  const name = check.text('name', input.name, { max: 500, required: creating });
  const description = check.optionalText('description', input.description, 4000);
  check.int('originals', input.originals, 0, 20);
  check.int('copies', input.copies, 0, 20);
  check.int('position', input.position, 0, 1000);
  let acceptedTypes: string[] | undefined;
  if (input.acceptedTypes) {
    acceptedTypes = [...new Set(input.acceptedTypes.map((t) => t.trim().toLowerCase().replace(/^\./, '')))];
    const unknown = acceptedTypes.filter((t) => !(DOCUMENT_FILE_TYPES as readonly string[]).includes(t));
    if (acceptedTypes.length === 0) check.fail('acceptedTypes', fieldIssue('noFileType'));
    else if (unknown.length > 0) {
      const params = { types: unknown.join(', '), allowed: DOCUMENT_FILE_TYPES.join(', ') };
      check.fail('acceptedTypes', fieldIssue('unknownFileTypes', params));
    }
  }
  const size = input.maxSizeMb;
  if (size !== undefined && size !== null && !(size > 0 && size <= uploadLimitMb)) {
    check.fail('maxSizeMb', fieldIssue('sizeLimit', { max: uploadLimitMb }));
  }
  return { name, description, acceptedTypes };
}

// ---- Intake-form field definitions ----

export interface FormFieldRulesInput {
  key?: Text;
  label?: Text;
  help?: Text;
  position?: Int;
  minLength?: Int;
  maxLength?: Int;
  pattern?: Text;
}

/** The sent parts of a field definition (what `validateFieldValue` will later rely on). */
export function checkFormFieldInput(check: InputChecker, input: FormFieldRulesInput, creating: boolean) {
  const key = input.key?.trim();
  if (creating && !key) check.fail('key', fieldIssue('required'));
  else if (key !== undefined && !FIELD_KEY.test(key)) check.fail('key', fieldIssue('invalidFieldKey'));
  const label = check.text('label', input.label, { required: creating });
  const help = input.help === null ? null : check.optionalText('help', input.help, 500);
  check.int('position', input.position, 0, 1000);
  check.int('minLength', input.minLength, 0, 4000);
  check.int('maxLength', input.maxLength, 1, 4000);
  const pattern = input.pattern;
  if (pattern && !isValidPattern(pattern)) check.fail('pattern', fieldIssue('invalidRegex'));
  else if (pattern && !isSafePattern(pattern)) check.fail('pattern', fieldIssue('unsafeRegex'));
  if (pattern && pattern.length > 255) check.fail('pattern', fieldIssue('tooLong', { max: 255 }));
  return { key, label, help };
}

export interface FormFieldDefinitionShape {
  type: FormFieldType;
  options?: { value: string; label: string }[] | null;
  minLength?: number | null;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
}

/** The whole definition once merged: options of a choice field, coherent bounds. */
export function checkFormFieldDefinition(check: InputChecker, f: FormFieldDefinitionShape): void {
  if (f.type === FormFieldType.SELECT) {
    const options = f.options ?? [];
    if (options.length < 2) check.fail('options', fieldIssue('fewOptions', { min: 2 }));
    if (new Set(options.map((o) => o.value)).size !== options.length) {
      check.fail('options', fieldIssue('duplicateOptions'));
    }
    if (options.some((o) => !o.value || !o.label || o.value.length > 100 || o.label.length > 255)) {
      check.fail('options', fieldIssue('invalidOptions'));
    }
  }
  if (isSetNumber(f.minLength) && isSetNumber(f.maxLength) && f.minLength > f.maxLength) {
    check.fail('minLength', fieldIssue('minAboveMax'));
  }
  if (isSetNumber(f.min) && isSetNumber(f.max) && f.min > f.max) check.fail('min', fieldIssue('minAboveMax'));
}

function isSetNumber(value: number | null | undefined): value is number {
  return value !== undefined && value !== null;
}

/** Option values and labels as stored: trimmed, labels NFC. */
export function cleanOption(o: { value: string; label: string }): { value: string; label: string } {
  return { value: o.value.trim(), label: o.label.normalize('NFC').trim() };
}
