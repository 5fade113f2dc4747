import { EditorFieldFragment, FormFieldType } from '@dvc/portal/data-access';
import {
  checkFormFieldDefinition,
  checkFormFieldInput,
  fieldIssue,
  FORM_FIELD_TYPES,
  InputChecker,
} from '@dvc/shared/domain';
import { CatalogFieldSpec, CatalogForm, CatalogValues } from './catalog-form';

const LENGTH_TYPES: readonly string[] = ['TEXT', 'TEXTAREA', 'EMAIL'];
const PATTERN_TYPES: readonly string[] = ['TEXT', 'TEXTAREA'];

export const FIELD_FORM_ORDER = [
  'key',
  'label',
  'help',
  'type',
  'required',
  'options',
  'minLength',
  'maxLength',
  'min',
  'max',
  'pattern',
];

/** The controls of an intake-field definition; the constraints shown depend on the chosen type. */
export function fieldFormSpecs(type: string): CatalogFieldSpec[] {
  const specs: CatalogFieldSpec[] = [
    {
      key: 'key',
      label: 'catalogAdmin.field.key',
      help: 'catalogAdmin.field.keyHelp',
      type: 'TEXT',
      required: true,
      maxLength: 64,
    },
    { key: 'label', label: 'catalogAdmin.field.label', type: 'TEXT', required: true, maxLength: 255 },
    {
      key: 'help',
      label: 'catalogAdmin.field.help',
      type: 'TEXT',
      required: false,
      maxLength: 500,
      full: true,
    },
    {
      key: 'type',
      label: 'catalogAdmin.field.type',
      type: 'SELECT',
      required: true,
      options: FORM_FIELD_TYPES.map((t) => ({ value: t, label: `catalogAdmin.fieldTypes.${t}` })),
    },
    { key: 'required', label: 'catalogAdmin.field.required', type: 'CHECKBOX', required: false },
  ];
  if (type === 'SELECT') {
    specs.push({
      key: 'options',
      label: 'catalogAdmin.field.options',
      help: 'catalogAdmin.field.optionsHelp',
      type: 'TEXTAREA',
      required: true,
    });
  }
  if (LENGTH_TYPES.includes(type)) {
    specs.push(
      { key: 'minLength', label: 'catalogAdmin.field.minLength', type: 'NUMBER', required: false },
      { key: 'maxLength', label: 'catalogAdmin.field.maxLength', type: 'NUMBER', required: false },
    );
  }
  if (type === 'NUMBER') {
    specs.push(
      { key: 'min', label: 'catalogAdmin.field.min', type: 'NUMBER', required: false },
      { key: 'max', label: 'catalogAdmin.field.max', type: 'NUMBER', required: false },
    );
  }
  if (PATTERN_TYPES.includes(type)) {
    specs.push({
      key: 'pattern',
      label: 'catalogAdmin.field.pattern',
      help: 'catalogAdmin.field.patternHelp',
      type: 'TEXT',
      required: false,
      maxLength: 255,
    });
  }
  return specs;
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function fieldFormValues(f: EditorFieldFragment | null): CatalogValues {
  return {
    key: f?.key ?? '',
    label: f?.label ?? '',
    help: f?.help ?? '',
    type: f?.type ?? 'TEXT',
    required: f?.required ?? false,
    options: (f?.options ?? []).map((o) => `${o.value} | ${o.label}`).join('\n'),
    minLength: num(f?.minLength),
    maxLength: num(f?.maxLength),
    min: num(f?.min),
    max: num(f?.max),
    pattern: f?.pattern ?? '',
  };
}

/** "value | label" per line (a line without "|" is both). */
export function parseOptions(text: string): { value: string; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('|');
      return at < 0
        ? { value: line, label: line }
        : { value: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
    });
}

/**
 * The mutation input from the form, checked with the shared rules first (the messages appear
 * beside the fields); null when something is wrong. Constraints the type does not use are sent as null.
 */
export function fieldInputFrom(form: CatalogForm, creating: boolean) {
  const type = form.text('type') as FormFieldType;
  const input = {
    key: form.text('key').trim(),
    label: form.text('label'),
    help: form.text('help').trim() || null,
    type,
    required: form.flag('required'),
    options: type === 'SELECT' ? parseOptions(form.text('options')) : null,
    minLength: LENGTH_TYPES.includes(type) ? form.int('minLength') : null,
    maxLength: LENGTH_TYPES.includes(type) ? form.int('maxLength') : null,
    min: type === 'NUMBER' ? form.int('min') : null,
    max: type === 'NUMBER' ? form.int('max') : null,
    pattern: PATTERN_TYPES.includes(type) ? form.text('pattern').trim() || null : null,
  };
  const ok = form.check((check: InputChecker) => {
    checkFormFieldInput(check, input, creating);
    for (const k of ['min', 'max'] as const) {
      if (input[k] !== null && !Number.isFinite(input[k])) check.fail(k, fieldIssue('notANumber'));
    }
    checkFormFieldDefinition(check, input);
  });
  return ok ? input : null;
}
