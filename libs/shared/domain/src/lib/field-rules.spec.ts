import { APPLICANT_FIELDS, validateApplicant } from './dossier-applicant';
import {
  FIELD_ISSUE_MESSAGES,
  FieldIssueCode,
  fieldIssue,
  fieldIssueMessage,
  fieldIssueMessages,
  languageOf,
} from './field-issues';
import {
  checkPhone,
  isCitizenId,
  isEmail,
  isIsoDate,
  isVnMobile,
  isVnPhone,
  parseIsoDate,
} from './field-rules';
import { validateFieldValue } from './form-fields';
import { validatePhone, validateRegistration } from './account-validation';

describe('one rule per kind of value', () => {
  it('phone: the account wants a mobile, the applicant and intake forms also take a landline', () => {
    const landline = '024 3825 3536';
    expect(isVnPhone(landline)).toBe(true);
    expect(isVnMobile(landline)).toBe(false);
    expect(checkPhone(landline, 'mobile')?.code).toBe('invalidMobile');
    expect(checkPhone(landline, 'any')).toBeNull();
    expect(validatePhone(landline)?.code).toBe('invalidMobile');
    const phoneField = APPLICANT_FIELDS.find((f) => f.key === 'phone')!;
    expect(validateFieldValue(phoneField, landline)).toBeNull();
    expect(validateFieldValue(phoneField, '0212345678')?.code).toBe('invalidPhone');
    for (const mobile of ['0912345678', '+84 912 345 678', '84912345678']) {
      expect(checkPhone(mobile, 'mobile')).toBeNull();
      expect(checkPhone(mobile, 'any')).toBeNull();
    }
  });

  it('e-mail: one regex, the same answer for the account and a form field', () => {
    const emailField = { key: 'e', label: 'E-mail', type: 'EMAIL' as const, required: true };
    for (const value of ['an@example.vn', 'An.Nguyen+dvc@Mail.Example.gov.vn']) {
      expect(isEmail(value)).toBe(true);
      expect(validateFieldValue(emailField, value)).toBeNull();
    }
    for (const value of ['an@x', 'an..b@x.vn', 'an@-x.vn', 'a n@x.vn', 'an@x..vn']) {
      expect(isEmail(value)).toBe(false);
      expect(validateFieldValue(emailField, value)?.code).toBe('invalidEmail');
    }
  });

  it('CCCD: 12 digits starting with 0 and a current or former province code', () => {
    expect(isCitizenId('001090012345')).toBe(true);
    expect(isCitizenId('096090012345')).toBe(true);
    expect(isCitizenId('093090012345')).toBe(true); // Hậu Giang, now Cần Thơ
    expect(isCitizenId('003090012345')).toBe(false);
    expect(isCitizenId('097090012345')).toBe(false);
    expect(isCitizenId('000090012345')).toBe(false);
    expect(isCitizenId('101090012345')).toBe(false);
    const idField = APPLICANT_FIELDS.find((f) => f.key === 'citizenId')!;
    expect(validateFieldValue(idField, '003090012345')?.code).toBe('invalidCitizenId');
  });

  it('ISO dates: one rule, real calendar dates from 1900 to 2199', () => {
    expect(parseIsoDate('1900-01-01')).not.toBeNull();
    expect(parseIsoDate('2199-12-31')).not.toBeNull();
    expect(parseIsoDate('1899-12-31')).toBeNull();
    expect(parseIsoDate('2200-01-01')).toBeNull();
    expect(parseIsoDate('0199-05-01')).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});

describe('the applicant name', () => {
  it('refuses markup, as the profile does', () => {
    for (const name of ['<svg/onload=alert(1)>', 'Nguyễn <b>An</b>', 'An"><script>']) {
      expect(validateApplicant({ fullName: name }, { partial: true })['fullName']?.code).toBe('invalidName');
      expect(validateRegistration({ fullName: name })['fullName']?.code).toBe('invalidName');
    }
    expect(validateApplicant({ fullName: "Nguyễn Thị Ánh-Dương O'Neil" }, { partial: true })).toEqual({});
  });
});

describe('messages', () => {
  it('has a Vietnamese and an English text for every code, placeholders filled in', () => {
    for (const code of Object.keys(FIELD_ISSUE_MESSAGES) as FieldIssueCode[]) {
      const params = { min: 1, max: 2, part: 'street', example: 'X', types: 'exe', allowed: 'pdf' };
      for (const lang of ['vi', 'en'] as const) {
        const text = fieldIssueMessage(fieldIssue(code, params), lang);
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(5);
      }
      expect(fieldIssueMessage(fieldIssue(code, params), 'vi')).not.toBe(
        fieldIssueMessage(fieldIssue(code, params), 'en'),
      );
    }
  });

  it('turns issues into messages by field in the chosen language', () => {
    const issues = { phone: fieldIssue('invalidMobile'), password: fieldIssue('tooShort', { min: 8 }) };
    expect(fieldIssueMessages(issues, 'en')).toEqual({
      phone: 'Enter a valid Vietnamese mobile number (10 digits, e.g. 0912345678).',
      password: 'Enter at least 8 characters.',
    });
    expect(fieldIssueMessages(issues).password).toBe('Cần ít nhất 8 ký tự.');
  });

  it('reads the language from Accept-Language: English only when it comes first', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('vi')).toBe('vi');
    expect(languageOf('vi-VN,en;q=0.8')).toBe('vi');
    expect(languageOf('fr')).toBe('vi');
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('')).toBe('vi');
  });
});
