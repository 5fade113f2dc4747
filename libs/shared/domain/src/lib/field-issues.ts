/**
 * The one shape of a field-level validation problem, shared by every validator in this library
 * (accounts, the dossier applicant, intake-form fields, catalog input) and by the API and the portal.
 * A validator returns a code and its parameters, never text: the caller picks the language when it
 * shows the message (the portal in its UI language, the API in the request's language).
 */
export type Lang = 'vi' | 'en';

export const FIELD_ISSUE_MESSAGES = {
  required: { vi: 'Vui lòng nhập thông tin này.', en: 'This field is required.' },
  invalidType: { vi: 'Giá trị không đúng kiểu dữ liệu.', en: 'This value has the wrong type.' },
  tooShort: { vi: 'Cần ít nhất {min} ký tự.', en: 'Enter at least {min} characters.' },
  tooLong: { vi: 'Không được quá {max} ký tự.', en: 'Enter at most {max} characters.' },
  lengthBetween: { vi: 'Cần từ {min} đến {max} ký tự.', en: 'Enter {min} to {max} characters.' },
  pattern: { vi: 'Giá trị không đúng định dạng.', en: 'This value is not in the expected format.' },
  invalidEmail: {
    vi: 'Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.vn).',
    en: 'Enter a valid e-mail address (e.g. name@example.vn).',
  },
  invalidPhone: {
    vi: 'Số điện thoại không hợp lệ (ví dụ 0912345678).',
    en: 'Enter a valid Vietnamese phone number (e.g. 0912345678).',
  },
  invalidMobile: {
    vi: 'Số điện thoại di động không hợp lệ (10 chữ số, ví dụ 0912345678).',
    en: 'Enter a valid Vietnamese mobile number (10 digits, e.g. 0912345678).',
  },
  invalidCitizenId: {
    vi: 'Số CCCD phải gồm 12 chữ số, bắt đầu bằng mã tỉnh nơi đăng ký khai sinh.',
    en: 'A citizen ID number has 12 digits, starting with the code of the province of birth registration.',
  },
  invalidDate: { vi: 'Ngày không hợp lệ.', en: 'Enter a valid date.' },
  futureDate: { vi: 'Ngày sinh không được ở tương lai.', en: 'The date of birth cannot be in the future.' },
  tooYoung: {
    vi: 'Người đăng ký phải từ đủ {min} tuổi.',
    en: 'You must be at least {min} years old to register.',
  },
  implausibleDate: { vi: 'Ngày sinh không hợp lệ.', en: 'This date of birth is not plausible.' },
  notANumber: { vi: 'Vui lòng nhập một số.', en: 'Enter a number.' },
  tooSmall: { vi: 'Giá trị phải từ {min} trở lên.', en: 'The value must be at least {min}.' },
  tooLarge: { vi: 'Giá trị không được lớn hơn {max}.', en: 'The value must be at most {max}.' },
  integerRange: {
    vi: 'Cần một số nguyên từ {min} đến {max}.',
    en: 'Enter a whole number from {min} to {max}.',
  },
  invalidOption: { vi: 'Vui lòng chọn một giá trị trong danh sách.', en: 'Choose one of the listed values.' },
  invalidProvince: { vi: 'Tỉnh/Thành phố không hợp lệ.', en: 'Choose a valid province or city.' },
  incompleteAddress: { vi: 'Vui lòng nhập đủ {part}.', en: 'Please complete the {part}.' },
  invalidName: {
    vi: "Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . ' -",
    en: "The full name may contain only letters, spaces and . ' -",
  },
  invalidUsername: {
    vi: 'Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ cái hoặc chữ số.',
    en: 'The username may contain only letters without accents, digits and . _ -, starting with a letter or digit.',
  },
  commonPassword: {
    vi: 'Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác.',
    en: 'This password is too common and easy to guess. Please choose another one.',
  },
  personalPassword: {
    vi: 'Mật khẩu không được trùng với tên đăng nhập hoặc e-mail.',
    en: 'The password must not be your username or e-mail address.',
  },
  passwordMismatch: { vi: 'Mật khẩu nhập lại không khớp.', en: 'The passwords do not match.' },
  consentRequired: {
    vi: 'Vui lòng đánh dấu để đồng ý với Chính sách bảo vệ dữ liệu cá nhân.',
    en: 'Please tick the box to accept the personal data protection policy.',
  },
  invalidCode: { vi: 'Mã không hợp lệ (ví dụ: {example}).', en: 'This code is not valid (e.g. {example}).' },
  invalidFieldKey: {
    vi: 'Khóa phải bắt đầu bằng chữ thường, chỉ gồm chữ và số không dấu (ví dụ: fullName).',
    en: 'A key starts with a lower-case letter and has only letters and digits (e.g. fullName).',
  },
  invalidRegex: { vi: 'Biểu thức chính quy không hợp lệ.', en: 'This is not a valid regular expression.' },
  unsafeRegex: {
    vi: 'Biểu thức có phép lặp lồng nhau (như (a+)+), có thể làm treo hệ thống.',
    en: 'The expression nests repetitions (like (a+)+), which could stall the system.',
  },
  fewOptions: {
    vi: 'Trường lựa chọn cần ít nhất {min} lựa chọn.',
    en: 'A choice field needs at least {min} options.',
  },
  duplicateOptions: {
    vi: 'Giá trị các lựa chọn không được trùng nhau.',
    en: 'Two options have the same value.',
  },
  invalidOptions: {
    vi: 'Mỗi lựa chọn cần giá trị (tối đa 100 ký tự) và nhãn (tối đa 255 ký tự).',
    en: 'Each option needs a value (at most 100 characters) and a label (at most 255 characters).',
  },
  minAboveMax: {
    vi: 'Giá trị nhỏ nhất không được lớn hơn giá trị lớn nhất.',
    en: 'The minimum must not be greater than the maximum.',
  },
  noFileType: { vi: 'Vui lòng chọn ít nhất một định dạng tệp.', en: 'Choose at least one file type.' },
  unknownFileTypes: {
    vi: 'Định dạng không hỗ trợ: {types} (cho phép: {allowed}).',
    en: 'Unsupported file types: {types} (allowed: {allowed}).',
  },
  sizeLimit: {
    vi: 'Dung lượng tối đa phải lớn hơn 0 và không quá {max} MB.',
    en: 'The size limit must be above 0 and at most {max} MB.',
  },
  fileNameBidi: {
    vi: 'Tên tệp chứa ký tự điều khiển hướng chữ (có thể dùng để giả mạo phần mở rộng). Vui lòng đổi tên tệp.',
    en: 'The file name contains text-direction control characters (they can disguise its extension). Please rename the file.',
  },
  fileNameMarks: {
    vi: 'Tên tệp có quá nhiều dấu chồng lên một chữ (tối đa {max}). Vui lòng đổi tên tệp.',
    en: 'The file name stacks too many accents on one letter (at most {max}). Please rename the file.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type FieldIssueCode = keyof typeof FIELD_ISSUE_MESSAGES;

export interface FieldIssue {
  code: FieldIssueCode;
  params: Record<string, string | number>;
}

/** Issues by field name (dotted for nested inputs: `applicant.phone`). Absent = fine. */
export type FieldIssues<K extends string = string> = Partial<Record<K, FieldIssue>>;

export function fieldIssue(code: FieldIssueCode, params: Record<string, string | number> = {}): FieldIssue {
  return { code, params };
}

/** A required field left empty. */
export const REQUIRED_ISSUE: FieldIssue = fieldIssue('required');

const ADDRESS_PARTS: Record<string, Record<Lang, string>> = {
  provinceCode: { vi: 'Tỉnh/Thành phố', en: 'province/city' },
  commune: { vi: 'Xã/Phường', en: 'commune/ward' },
  street: { vi: 'Địa chỉ', en: 'street address' },
};

/** True for a value that is one of the issue codes (e.g. read back from an API answer). */
export function isFieldIssueCode(code: unknown): code is FieldIssueCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(FIELD_ISSUE_MESSAGES, code);
}

/** The issue as a sentence in Vietnamese or English, with its parameters filled in. */
export function fieldIssueMessage(found: FieldIssue, lang: Lang = 'vi'): string {
  const template = (
    isFieldIssueCode(found.code) ? FIELD_ISSUE_MESSAGES[found.code] : FIELD_ISSUE_MESSAGES.invalidType
  )[lang];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = found.params[name];
    if (value === undefined) return match;
    if (name === 'part') return ADDRESS_PARTS[String(value)]?.[lang] ?? String(value);
    return typeof value === 'number' ? value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}

/** Every issue as a message keyed by field, e.g. for `extensions.fields`. */
export function fieldIssueMessages(issues: FieldIssues, lang: Lang = 'vi'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(issues)
      .filter((e): e is [string, FieldIssue] => !!e[1])
      .map(([field, found]) => [field, fieldIssueMessage(found, lang)]),
  );
}

/**
 * The language of a request from its Accept-Language header (the portal sends its UI language):
 * English when the first listed language is English, Vietnamese otherwise (the portal's default).
 */
export function languageOf(acceptLanguage: string | null | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'vi';
}
