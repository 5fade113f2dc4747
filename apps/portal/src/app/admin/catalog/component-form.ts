import { EditorComponentFragment } from '@dvc/portal/data-access';
import { checkComponent, DOCUMENT_FILE_TYPES, fieldIssue } from '@dvc/shared/domain';
import { CatalogFieldSpec, CatalogForm, CatalogValues } from './catalog-form';

/**
 * The browser checks sizes against the highest limit the server accepts (config.schema.ts); the
 * server's own UPLOAD_MAX_FILE_MB may be lower, and its refusal shows beside the field.
 */
export const BROWSER_UPLOAD_LIMIT_MB = 2048;

export const COMPONENT_FORM_ORDER = [
  'name',
  'description',
  'required',
  'originals',
  'copies',
  'acceptedTypes',
  'maxSizeMb',
];

export const COMPONENT_SPECS: CatalogFieldSpec[] = [
  { key: 'name', label: 'catalogAdmin.component.name', type: 'TEXT', required: true, maxLength: 500 },
  {
    key: 'description',
    label: 'catalogAdmin.component.description',
    type: 'TEXTAREA',
    required: false,
    maxLength: 4000,
  },
  { key: 'required', label: 'catalogAdmin.component.required', type: 'CHECKBOX', required: false },
  {
    key: 'originals',
    label: 'catalogAdmin.component.originals',
    type: 'NUMBER',
    required: true,
    min: 0,
    max: 20,
  },
  { key: 'copies', label: 'catalogAdmin.component.copies', type: 'NUMBER', required: true, min: 0, max: 20 },
  {
    key: 'acceptedTypes',
    label: 'catalogAdmin.component.acceptedTypes',
    help: 'catalogAdmin.component.acceptedTypesHelp',
    type: 'TEXT',
    required: true,
  },
  { key: 'maxSizeMb', label: 'catalogAdmin.component.maxSizeMb', type: 'NUMBER', required: true, min: 0 },
];

export function componentFormValues(c: EditorComponentFragment | null): CatalogValues {
  return {
    name: c?.name ?? '',
    description: c?.description ?? '',
    required: c?.required ?? true,
    originals: String(c?.originals ?? 1),
    copies: String(c?.copies ?? 0),
    acceptedTypes: (c?.acceptedTypes ?? ['pdf']).join(', '),
    maxSizeMb: String(c?.maxSizeMb ?? 5),
  };
}

/** The mutation input, checked with the shared rules first; null (messages shown) when refused. */
export function componentInputFrom(form: CatalogForm, creating: boolean) {
  const input = {
    name: form.text('name'),
    description: form.text('description'),
    required: form.flag('required'),
    originals: form.int('originals') ?? 0,
    copies: form.int('copies') ?? 0,
    acceptedTypes: form
      .text('acceptedTypes')
      .split(/[\s,;]+/)
      .filter(Boolean),
    maxSizeMb: form.int('maxSizeMb') ?? Number.NaN,
  };
  const ok = form.check((check) => {
    checkComponent(check, input, creating, BROWSER_UPLOAD_LIMIT_MB);
    if (input.originals + input.copies === 0) check.fail('originals', fieldIssue('tooSmall', { min: 1 }));
  });
  return ok ? input : null;
}

export const ACCEPT_TEMPLATE = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods']
  .map((t) => `.${t}`)
  .join(',');
export const FILE_TYPES_TEXT = DOCUMENT_FILE_TYPES.join(', ');
