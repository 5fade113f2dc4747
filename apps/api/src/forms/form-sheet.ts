import {
  AddressValue,
  DossierApplicant,
  findProvince,
  formatDate,
  formatDateTime,
  FormFieldDefinition,
  FormValues,
  GENDER_LABELS,
  isEmptyFieldValue,
} from '@dvc/shared/domain';

/** One labelled blank of a form: empty on the template, the citizen's answer on a filled declaration. */
export type FormLine =
  | { kind: 'blank'; label: string; value: string | null; lines: number }
  | { kind: 'choice'; label: string; options: { label: string; checked: boolean }[] }
  | { kind: 'check'; label: string; checked: boolean };

export interface FormSection {
  heading: string;
  lines: FormLine[];
}

/** What the PDF shows, independent of pdfkit (form-pdf.ts draws it). */
export interface FormSheet {
  title: string;
  procedure: string;
  agency: string;
  instructions: string | null;
  sections: FormSection[];
  /** The closing promise of a declaration ("Tôi cam đoan …"). */
  commitment: boolean;
  /** "ngày … tháng … năm …"; filled in on a declaration. */
  date: Date | null;
  signer: string;
  signerName: string | null;
  footer: string;
}

export interface SheetComponent {
  name: string;
  description: string;
  isDeclaration: boolean;
  requiresSignature: boolean;
}

export interface SheetCatalog {
  component: SheetComponent;
  procedure: { code: string; name: string };
  agency: { name: string };
  fields: readonly FormFieldDefinition[];
}

/**
 * Only what the sheet shows, picked from catalog rows (entities carry more): the generated template's
 * fingerprint is a hash of this, so any change to it makes the cached file again.
 */
export function sheetCatalog(
  component: SheetComponent,
  procedure: { code: string; name: string },
  agency: { name: string },
  fields: readonly FormFieldDefinition[],
): SheetCatalog {
  return {
    component: {
      name: component.name,
      description: component.description,
      isDeclaration: component.isDeclaration,
      requiresSignature: component.requiresSignature,
    },
    procedure: { code: procedure.code, name: procedure.name },
    agency: { name: agency.name },
    fields: fields.map((f) => ({ ...f })),
  };
}

/** The citizen's answers, for Tải tờ khai đã điền. */
export interface SheetAnswers {
  applicant: Partial<DossierApplicant>;
  formData: FormValues;
  dossierCode: string | null;
  at: Date;
}

/** A select with more choices than this gets a blank (a list of 34 provinces helps nobody on paper). */
const MAX_PRINTED_OPTIONS = 6;
const COMMITMENT_SIGNER = 'NGƯỜI YÊU CẦU';

/** "Tờ khai đăng ký khai sinh theo mẫu" → "Tờ khai đăng ký khai sinh". */
export function formTitle(componentName: string): string {
  return componentName.replace(/\s+theo mẫu\s*$/i, '').trim();
}

/**
 * The sheet of a component's template (answers null) or of the citizen's filled declaration. A
 * declaration lists the applicant and the intake-form fields; any other "theo mẫu" document (a
 * business plan, a list of works) gets the author's details and ruled lines for its content.
 */
export function buildFormSheet(catalog: SheetCatalog, answers: SheetAnswers | null = null): FormSheet {
  const { component, procedure, agency } = catalog;
  const sections: FormSection[] = [applicantSection(answers?.applicant ?? null)];
  if (component.isDeclaration) {
    const lines = catalog.fields.map((f) =>
      // On a filled declaration an unanswered field prints as a dash (null), not as a blank to fill in.
      fieldLine(f, answers ? (answers.formData[f.key] ?? null) : undefined),
    );
    if (lines.length > 0) sections.push({ heading: 'Nội dung kê khai', lines });
  } else {
    sections.push({
      heading: 'Nội dung',
      lines: [{ kind: 'blank', label: 'Nội dung', value: null, lines: 10 }],
    });
  }
  return {
    title: formTitle(component.name),
    procedure: `${procedure.name} (mã thủ tục ${procedure.code})`,
    agency: agency.name,
    // How to fill in the paper form; a filled declaration no longer needs it.
    instructions: answers ? null : component.description.trim() || null,
    sections,
    commitment: component.isDeclaration,
    date: answers?.at ?? null,
    signer: component.isDeclaration ? COMMITMENT_SIGNER : 'NGƯỜI LẬP',
    signerName: answers?.applicant.fullName ?? null,
    footer: footer(procedure.code, component, answers),
  };
}

function footer(code: string, component: SheetComponent, answers: SheetAnswers | null): string {
  if (!answers) {
    return component.isDeclaration
      ? `Mẫu của thủ tục ${code} trên Cổng Dịch vụ công. Khi nộp trực tuyến, tờ khai được lập từ form thông tin của hồ sơ.`
      : `Mẫu của thủ tục ${code} trên Cổng Dịch vụ công.`;
  }
  const dossier = answers.dossierCode ? `hồ sơ ${answers.dossierCode}` : 'hồ sơ chưa gửi';
  const sign = component.requiresSignature
    ? 'Thủ tục yêu cầu chữ ký: in, ký và đính kèm bản chụp vào hồ sơ.'
    : 'Đã kê khai trực tuyến: không cần in, ký và đính kèm.';
  return `Lập từ form thông tin của ${dossier} lúc ${formatDateTime(answers.at)}. ${sign}`;
}

function applicantSection(a: Partial<DossierApplicant> | null): FormSection {
  const blank = (label: string, value: string | null | undefined): FormLine => ({
    kind: 'blank',
    label,
    value: a ? value || '' : null,
    lines: 1,
  });
  const address = a ? [a.street, a.commune, a.provinceCode && findProvince(a.provinceCode)?.name] : [];
  return {
    heading: 'Thông tin người yêu cầu',
    lines: [
      blank('Họ, chữ đệm và tên', a?.fullName),
      blank('Ngày, tháng, năm sinh', formatDate(a?.dateOfBirth)),
      {
        kind: 'choice',
        label: 'Giới tính',
        options: Object.entries(GENDER_LABELS).map(([value, l]) => ({
          label: l.vi,
          checked: a?.gender === value,
        })),
      },
      blank('Số định danh cá nhân (CCCD)', a?.citizenId),
      blank('Số điện thoại', a?.phone),
      blank('E-mail', a?.email),
      blank('Nơi cư trú', address.filter(Boolean).join(', ')),
    ],
  };
}

function fieldLine(field: FormFieldDefinition, value: unknown): FormLine {
  const filled = value !== undefined;
  if (field.type === 'CHECKBOX') return { kind: 'check', label: field.label, checked: value === true };
  if (field.type === 'SELECT' && field.options && field.options.length <= MAX_PRINTED_OPTIONS) {
    return {
      kind: 'choice',
      label: field.label,
      options: field.options.map((o) => ({ label: o.label, checked: filled && value === o.value })),
    };
  }
  const lines = field.type === 'TEXTAREA' ? 3 : field.type === 'ADDRESS' ? 2 : 1;
  return { kind: 'blank', label: field.label, value: filled ? valueText(field, value) : null, lines };
}

/** A stored answer as it reads on paper; '' when it was left empty. */
export function valueText(field: FormFieldDefinition, value: unknown): string {
  if (isEmptyFieldValue(field.type, value)) return '';
  switch (field.type) {
    case 'DATE':
      return formatDate(String(value));
    case 'SELECT':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'ADDRESS': {
      const a = value as Partial<AddressValue>;
      const province = a.provinceCode ? (findProvince(a.provinceCode)?.name ?? a.provinceCode) : '';
      return [a.street, a.commune, province].filter((p) => typeof p === 'string' && p.trim()).join(', ');
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
