import {
  cleanFormValues,
  FORM_FIELD_TYPES,
  FormFieldDefinition,
  FormFieldType,
  isEmptyFieldValue,
  parseNumberValue,
  validateFieldValue,
  validateForm,
} from './form-fields';
import { fieldIssueMessage, fieldIssueMessages } from './field-issues';
import { isSafePattern, isValidPattern } from './form-field-patterns';
import { isIsoDate } from './field-rules';

const field = (type: FormFieldType, extra: Partial<FormFieldDefinition> = {}): FormFieldDefinition => ({
  key: 'f',
  label: 'Trường',
  type,
  required: true,
  ...extra,
});

const code = (f: FormFieldDefinition, value: unknown, partial = false) =>
  validateFieldValue(f, value, { partial })?.code ?? null;

describe('FormFieldType', () => {
  it('lists the ten field types, usable as an enum', () => {
    expect(FORM_FIELD_TYPES).toHaveLength(10);
    expect(FormFieldType.CITIZEN_ID).toBe('CITIZEN_ID');
    for (const type of FORM_FIELD_TYPES) expect(type).toMatch(/^[A-Z][A-Z_]*$/);
    expect(Object.values(FormFieldType)).toEqual([...FORM_FIELD_TYPES]);
  });
});

describe('required and empty values', () => {
  it.each(FORM_FIELD_TYPES)('%s: missing, null and blank values are "required"', (type) => {
    const f = field(type, type === 'SELECT' ? { options: [{ value: 'A', label: 'A' }] } : {});
    expect(code(f, undefined)).toBe('required');
    expect(code(f, null)).toBe('required');
    expect(code(f, '   ')).toBe('required');
  });

  it.each(FORM_FIELD_TYPES)('%s: an optional empty value is fine', (type) => {
    expect(code(field(type, { required: false }), undefined)).toBeNull();
    expect(code(field(type, { required: false }), '')).toBeNull();
  });

  it.each(FORM_FIELD_TYPES)('%s: a draft (partial) may leave a required field empty', (type) => {
    expect(code(field(type), undefined, true)).toBeNull();
    expect(code(field(type), '', true)).toBeNull();
  });

  it('treats an unticked checkbox and an address with no part as empty', () => {
    expect(isEmptyFieldValue('CHECKBOX', false)).toBe(true);
    expect(code(field('CHECKBOX'), false)).toBe('required');
    expect(code(field('CHECKBOX', { required: false }), false)).toBeNull();
    expect(isEmptyFieldValue('ADDRESS', { provinceCode: '', commune: ' ', street: null })).toBe(true);
    expect(code(field('ADDRESS'), { provinceCode: '', commune: '', street: '' })).toBe('required');
    expect(isEmptyFieldValue('TEXT', 0)).toBe(false);
  });
});

describe('text and textarea', () => {
  const name = field('TEXT', { minLength: 2, maxLength: 10 });

  it('checks the trimmed length in characters (a composed Vietnamese letter counts once)', () => {
    expect(code(name, 'A')).toBe('tooShort');
    expect(code(name, '  Lê  ')).toBeNull();
    expect(code(name, 'Nguyễn Văn A')).toBe('tooLong');
    expect(code(name, 'Nguyễn Văn')).toBeNull();
    expect(code(name, 'Nguyễn Văn'.normalize('NFD'))).toBeNull();
  });

  it('reports the limits as parameters', () => {
    expect(validateFieldValue(name, 'A')).toEqual({ code: 'tooShort', params: { min: 2 } });
    expect(validateFieldValue(name, 'x'.repeat(11))).toEqual({ code: 'tooLong', params: { max: 10 } });
  });

  it('applies a default maximum when the definition gives none', () => {
    expect(code(field('TEXT'), 'x'.repeat(500))).toBeNull();
    expect(code(field('TEXT'), 'x'.repeat(501))).toBe('tooLong');
    expect(code(field('TEXTAREA'), 'x'.repeat(4000))).toBeNull();
    expect(code(field('TEXTAREA'), 'x'.repeat(4001))).toBe('tooLong');
  });

  it('matches a pattern against the whole trimmed text', () => {
    const plate = field('TEXT', { pattern: '[0-9]{2}[A-Z]-[0-9]{3}\\.[0-9]{2}' });
    expect(code(plate, '29A-123.45')).toBeNull();
    expect(code(plate, ' 29A-123.45 ')).toBeNull();
    expect(code(plate, 'x29A-123.45')).toBe('pattern');
    expect(code(plate, '29A-123.456')).toBe('pattern');
    // Alternatives are anchored as a whole, as in HTML's pattern attribute.
    expect(code(field('TEXT', { pattern: 'a|b' }), 'ab')).toBe('pattern');
  });

  it('tells nested repetitions (catastrophic backtracking) from ordinary patterns', () => {
    for (const bad of ['(a+)+', '(\\w*\\s?)*', '(x|(ab)*){2,}', '((a)+b)+', '([a-z]+\\.)*']) {
      expect([bad, isSafePattern(bad)]).toEqual([bad, false]);
    }
    for (const ok of [
      '[0-9]{6,20}',
      '[A-Z][0-9]{7,8}',
      '(ab)+',
      '(\\d{2})?\\d+',
      '[(+*)]+',
      '\\(a+\\)+',
      '(a)(b+)',
    ]) {
      expect([ok, isSafePattern(ok)]).toEqual([ok, true]);
    }
  });

  it('ignores an invalid pattern rather than rejecting every value', () => {
    expect(isValidPattern('[a-')).toBe(false);
    expect(isValidPattern('\\d{3}')).toBe(true);
    expect(code(field('TEXT', { pattern: '[a-' }), 'abc')).toBeNull();
  });

  it('refuses values that are not text', () => {
    expect(code(field('TEXT'), 42)).toBe('invalidType');
    expect(code(field('TEXTAREA'), { a: 1 })).toBe('invalidType');
    expect(code(field('TEXT'), ['a'])).toBe('invalidType');
  });

  it('still checks what is filled in on a draft', () => {
    expect(code(name, 'A', true)).toBe('tooShort');
  });
});

describe('email, phone and citizen ID', () => {
  it('accepts ordinary e-mail addresses only', () => {
    const email = field('EMAIL');
    expect(code(email, 'an.nguyen@example.vn')).toBeNull();
    expect(code(email, ' an@mail.gov.vn ')).toBeNull();
    for (const bad of ['an', 'an@', '@x.vn', 'an@x', 'a n@x.vn', 'an@x..vn', `${'a'.repeat(250)}@x.vn`]) {
      expect(code(email, bad)).toBe('invalidEmail');
    }
  });

  it('accepts Vietnamese mobile and landline numbers with separators or +84', () => {
    const phone = field('PHONE');
    for (const ok of [
      '0912345678',
      '091 234 5678',
      '0912.345.678',
      '+84912345678',
      '84 912 345 678',
      '02438256789',
    ]) {
      expect(code(phone, ok)).toBeNull();
    }
    for (const bad of ['091234567', '09123456789', '0112345678', '1912345678', 'abc', '+1 202 555 0100']) {
      expect(code(phone, bad)).toBe('invalidPhone');
    }
  });

  it('accepts 12-digit citizen ID numbers with a valid province prefix', () => {
    const id = field('CITIZEN_ID');
    expect(code(id, '001203012345')).toBeNull();
    expect(code(id, '079090001234')).toBeNull();
    expect(code(id, ' 096190000001 ')).toBeNull();
    for (const bad of [
      '00120301234',
      '0012030123456',
      '000203012345',
      '097203012345',
      '12345678901a',
      '123456789012',
    ]) {
      expect(code(id, bad)).toBe('invalidCitizenId');
    }
    expect(code(id, 1203012345)).toBe('invalidType');
  });
});

describe('date', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(code(field('DATE'), '2025-07-01')).toBeNull();
    for (const bad of [
      '2023-02-29',
      '2025-13-01',
      '2025-04-31',
      '01/07/2025',
      '2025-7-1',
      '1899-12-31',
      'hôm nay',
    ]) {
      expect(code(field('DATE'), bad)).toBe('invalidDate');
    }
    expect(code(field('DATE'), new Date())).toBe('invalidType');
  });
});

describe('number', () => {
  const area = field('NUMBER', { min: 1, max: 500 });

  it('parses numbers and numeric text, with a Vietnamese decimal comma', () => {
    expect(parseNumberValue(12)).toBe(12);
    expect(parseNumberValue(' 3,5 ')).toBe(3.5);
    expect(parseNumberValue('-2.25')).toBe(-2.25);
    expect(parseNumberValue('1e3')).toBeNull();
    expect(parseNumberValue(Number.NaN)).toBeNull();
    expect(parseNumberValue(Infinity)).toBeNull();
  });

  it('checks bounds', () => {
    expect(code(area, 120)).toBeNull();
    expect(code(area, '120,5')).toBeNull();
    expect(code(area, 0)).toBe('tooSmall');
    expect(code(area, '501')).toBe('tooLarge');
    expect(code(area, 'một trăm')).toBe('notANumber');
    expect(validateFieldValue(area, 0)).toEqual({ code: 'tooSmall', params: { min: 1 } });
  });

  it('counts zero as a value, not as empty', () => {
    expect(code(field('NUMBER'), 0)).toBeNull();
  });
});

describe('select and checkbox', () => {
  const gender = field('SELECT', {
    options: [
      { value: 'MALE', label: 'Nam' },
      { value: 'FEMALE', label: 'Nữ' },
    ],
  });

  it('accepts only listed option values (not labels)', () => {
    expect(code(gender, 'FEMALE')).toBeNull();
    expect(code(gender, 'Nữ')).toBe('invalidOption');
    expect(code(gender, 'OTHER')).toBe('invalidOption');
    expect(code(gender, 1)).toBe('invalidType');
    expect(code(field('SELECT'), 'A')).toBe('invalidOption');
  });

  it('takes booleans for a checkbox; a required one must be ticked', () => {
    expect(code(field('CHECKBOX'), true)).toBeNull();
    expect(code(field('CHECKBOX'), 'true')).toBe('invalidType');
    expect(code(field('CHECKBOX'), false, true)).toBeNull();
  });
});

describe('address', () => {
  const address = field('ADDRESS');

  it('needs a current province (34 units since 2025), a commune and a street', () => {
    expect(
      code(address, { provinceCode: '01', commune: 'Phường Ba Đình', street: '1 Hoàng Hoa Thám' }),
    ).toBeNull();
    expect(code(address, { provinceCode: '79', commune: 'Phường Sài Gòn', street: '2 Lê Duẩn' })).toBeNull();
  });

  it('refuses a former province code (e.g. 30 Hải Dương, merged into Hải Phòng)', () => {
    expect(code(address, { provinceCode: '30', commune: 'Phường A', street: 'Số 1' })).toBe(
      'invalidProvince',
    );
  });

  it('names the missing part', () => {
    expect(validateFieldValue(address, { provinceCode: '01', commune: '', street: 'Số 1' })).toEqual({
      code: 'incompleteAddress',
      params: { part: 'commune' },
    });
  });

  it('on a draft, checks only the parts filled in', () => {
    expect(code(address, { provinceCode: '01' }, true)).toBeNull();
    expect(code(address, { provinceCode: '99' }, true)).toBe('invalidProvince');
  });

  it('refuses values of the wrong shape', () => {
    expect(code(address, 'Hà Nội')).toBe('invalidType');
    expect(code(address, ['01'])).toBe('invalidType');
    expect(code(address, { provinceCode: 1, commune: 'A', street: 'B' })).toBe('invalidType');
    expect(code(address, { provinceCode: '01', commune: 'x'.repeat(256), street: 'B' })).toBe('tooLong');
  });
});

describe('validateForm and cleanFormValues', () => {
  const fields: FormFieldDefinition[] = [
    { key: 'fullName', label: 'Họ và tên', type: 'TEXT', required: true, minLength: 2 },
    { key: 'phone', label: 'Số điện thoại', type: 'PHONE', required: false },
    { key: 'area', label: 'Diện tích', type: 'NUMBER', required: true, min: 1 },
    { key: 'agree', label: 'Cam đoan', type: 'CHECKBOX', required: true },
  ];

  it('maps each bad field to its error and ignores unknown keys', () => {
    const errors = validateForm(fields, { fullName: 'A', phone: '123', other: 'x' });
    expect(Object.keys(errors).sort()).toEqual(['agree', 'area', 'fullName', 'phone']);
    expect(errors['area'].code).toBe('required');
  });

  it('validates only what is filled in on a draft save', () => {
    expect(validateForm(fields, { fullName: 'Lê Thị Hoa' }, { partial: true })).toEqual({});
    expect(Object.keys(validateForm(fields, { phone: '123' }, { partial: true }))).toEqual(['phone']);
    expect(validateForm(fields, null, { partial: true })).toEqual({});
  });

  it('passes a complete form', () => {
    expect(validateForm(fields, { fullName: 'Lê Thị Hoa', area: '45,5', agree: true })).toEqual({});
  });

  it('keeps only defined, filled-in values, trimmed and normalised', () => {
    const clean = cleanFormValues(
      [...fields, { key: 'home', label: 'Địa chỉ', type: 'ADDRESS', required: false }],
      {
        fullName: '  Lê Thị Hoa ',
        phone: '+84 912.345.678',
        area: '45,5',
        agree: true,
        other: 'dropped',
        home: { provinceCode: ' 01', commune: 'Phường Ba Đình ', street: ' Số 1' },
      },
    );
    expect(clean).toEqual({
      fullName: 'Lê Thị Hoa',
      phone: '0912345678',
      area: 45.5,
      agree: true,
      home: { provinceCode: '01', commune: 'Phường Ba Đình', street: 'Số 1' },
    });
  });
});

describe('formFieldErrorMessage', () => {
  it('speaks Vietnamese by default and English on request, with parameters filled in', () => {
    expect(fieldIssueMessage({ code: 'required', params: {} })).toBe('Vui lòng nhập thông tin này.');
    expect(fieldIssueMessage({ code: 'tooShort', params: { min: 2 } }, 'vi')).toBe('Cần ít nhất 2 ký tự.');
    expect(fieldIssueMessage({ code: 'tooShort', params: { min: 2 } }, 'en')).toBe(
      'Enter at least 2 characters.',
    );
    expect(fieldIssueMessage({ code: 'tooLarge', params: { max: 1000000 } }, 'vi')).toBe(
      'Giá trị không được lớn hơn 1.000.000.',
    );
    expect(fieldIssueMessage({ code: 'incompleteAddress', params: { part: 'commune' } }, 'vi')).toBe(
      'Vui lòng nhập đủ Xã/Phường.',
    );
    expect(fieldIssueMessage({ code: 'incompleteAddress', params: { part: 'street' } }, 'en')).toBe(
      'Please complete the street address.',
    );
  });

  it('has a message in both languages for every code validateFieldValue can return', () => {
    const codes = [
      'required',
      'invalidType',
      'tooShort',
      'tooLong',
      'pattern',
      'invalidEmail',
      'invalidPhone',
      'invalidCitizenId',
      'invalidDate',
      'notANumber',
      'tooSmall',
      'tooLarge',
      'invalidOption',
      'invalidProvince',
      'incompleteAddress',
    ] as const;
    for (const c of codes) {
      for (const lang of ['vi', 'en'] as const) {
        const text = fieldIssueMessage({ code: c, params: { min: 1, max: 2, part: 'street' } }, lang);
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('turns a whole error map into messages for VALIDATION_FAILED', () => {
    expect(fieldIssueMessages({ a: { code: 'invalidDate', params: {} } })).toEqual({
      a: 'Ngày không hợp lệ.',
    });
  });
});
