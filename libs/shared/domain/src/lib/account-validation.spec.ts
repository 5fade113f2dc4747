import { COMMON_PASSWORDS } from './account-common-passwords';
import {
  ageOn,
  displayDateToIso,
  isoDateToDisplay,
  issueMessages,
  normalizeUsername,
  validateCitizenId,
  validateDateOfBirth,
  validateEmail,
  validateFullName,
  validateGender,
  validatePassword,
  validatePasswordConfirmation,
  validatePhone,
  validateProfileUpdate,
  validateProvinceCode,
  validateRegistration,
  validateStreet,
  validateUsername,
  WEAK_PASSWORD_RULES,
} from './account-validation';
import { normalizeEmail, normalizePhone, normalizeText, parseIsoDate } from './field-rules';

const rule = (issue: { code: string } | null) => issue?.code ?? null;

describe('normalisation', () => {
  it('lower-cases usernames and e-mails, and tidies text', () => {
    expect(normalizeUsername('  NguyenVanA ')).toBe('nguyenvana');
    expect(normalizeEmail(' An.Nguyen@Example.VN ')).toBe('an.nguyen@example.vn');
    expect(normalizeText('  Nguyễn   Văn\tAn ')).toBe('Nguyễn Văn An');
    expect(normalizeText('Hồ'.normalize('NFD'))).toBe('Hồ'.normalize('NFC'));
  });

  it('writes phone numbers as 0 + 9 digits', () => {
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('0912.345.678')).toBe('0912345678');
    expect(normalizePhone('(091) 234-5678')).toBe('0912345678');
  });
});

describe('single fields', () => {
  it('requires the required fields', () => {
    for (const check of [
      validateFullName,
      validateUsername,
      validateEmail,
      validateCitizenId,
      validatePhone,
      validateGender,
      (v: string | null | undefined) => validateDateOfBirth(v),
      (v: string | null | undefined) => validatePassword(v),
    ]) {
      expect(rule(check(''))).toBe('required');
      expect(rule(check(null))).toBe('required');
      expect(rule(check(undefined))).toBe('required');
    }
    expect(rule(validateFullName('   '))).toBe('required');
  });

  it('checks the full name', () => {
    expect(validateFullName('Nguyễn Văn An')).toBeNull();
    expect(validateFullName("Hồ Thị Mỹ-Linh O'Neil Jr.")).toBeNull();
    expect(rule(validateFullName('A'))).toBe('lengthBetween');
    expect(rule(validateFullName('x'.repeat(101)))).toBe('lengthBetween');
    expect(rule(validateFullName('Nguyễn <b>'))).toBe('invalidName');
    expect(rule(validateFullName('An 2'))).toBe('invalidName');
  });

  it('checks the username', () => {
    expect(validateUsername('nguyenvana')).toBeNull();
    expect(validateUsername('NguyenVanA')).toBeNull();
    expect(validateUsername('an.nguyen_90-x')).toBeNull();
    expect(rule(validateUsername('abc'))).toBe('lengthBetween');
    expect(rule(validateUsername('a'.repeat(31)))).toBe('lengthBetween');
    expect(rule(validateUsername('nguyễn'))).toBe('invalidUsername');
    expect(rule(validateUsername('.nguyen'))).toBe('invalidUsername');
    expect(rule(validateUsername('an@x.vn'))).toBe('invalidUsername');
    expect(rule(validateUsername('an nguyen'))).toBe('invalidUsername');
  });

  it('checks the e-mail address', () => {
    expect(validateEmail('an@example.vn')).toBeNull();
    expect(validateEmail('An.Nguyen+dvc@Mail.Example.gov.vn')).toBeNull();
    for (const bad of ['an', 'an@', '@x.vn', 'an@x', 'an@@x.vn', 'a n@x.vn', 'an..b@x.vn', 'an@-x.vn']) {
      expect(rule(validateEmail(bad))).toBe('invalidEmail');
    }
    expect(rule(validateEmail(`${'a'.repeat(250)}@x.vn`))).toBe('invalidEmail');
  });

  it('checks the 12-digit CCCD, whose first three digits name a province of birth registration', () => {
    expect(validateCitizenId('001090012345')).toBeNull();
    // 002: Hà Giang, merged into Tuyên Quang in 2025; cards issued before keep their number.
    expect(validateCitizenId('002090012345')).toBeNull();
    // 003 and 005 were never province codes, though they lie between 001 and 096.
    expect(rule(validateCitizenId('003090012345'))).toBe('invalidCitizenId');
    expect(rule(validateCitizenId('005090012345'))).toBe('invalidCitizenId');
    expect(validateCitizenId(' 079301000123 ')).toBeNull();
    for (const bad of ['00109001234', '0010900123456', '00109001234a', '000090012345', '097090012345']) {
      expect(rule(validateCitizenId(bad))).toBe('invalidCitizenId');
    }
  });

  it('checks the Vietnamese mobile number', () => {
    for (const ok of ['0912345678', '0351234567', '0561234567', '0701234567', '0861234567', '+84912345678']) {
      expect(validatePhone(ok)).toBeNull();
    }
    for (const bad of ['0212345678', '091234567', '09123456789', '1912345678', 'abc']) {
      expect(rule(validatePhone(bad))).toBe('invalidMobile');
    }
  });

  it('checks the date of birth: a real past date, aged 14 to 120', () => {
    const today = new Date(Date.UTC(2026, 10, 26));
    expect(validateDateOfBirth('1990-05-15', today)).toBeNull();
    expect(validateDateOfBirth('2012-11-26', today)).toBeNull(); // 14 today
    expect(rule(validateDateOfBirth('2012-11-27', today))).toBe('tooYoung');
    expect(rule(validateDateOfBirth('2026-11-27', today))).toBe('futureDate');
    expect(rule(validateDateOfBirth('1900-01-01', today))).toBe('implausibleDate');
    expect(rule(validateDateOfBirth('1990-02-30', today))).toBe('invalidDate');
    expect(rule(validateDateOfBirth('15/05/1990', today))).toBe('invalidDate');
    expect(validateDateOfBirth('2000-02-29', today)).toBeNull();
    expect(rule(validateDateOfBirth('2001-02-29', today))).toBe('invalidDate');
  });

  it('parses ISO dates and computes ages', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-2-1')).toBeNull();
    expect(ageOn(new Date(Date.UTC(1990, 4, 15)), new Date(Date.UTC(2026, 4, 14)))).toBe(35);
    expect(ageOn(new Date(Date.UTC(1990, 4, 15)), new Date(Date.UTC(2026, 4, 15)))).toBe(36);
  });

  it('checks gender, province and address lengths', () => {
    expect(validateGender('FEMALE')).toBeNull();
    expect(rule(validateGender('F'))).toBe('invalidOption');
    expect(validateProvinceCode('')).toBeNull();
    expect(validateProvinceCode(null)).toBeNull();
    expect(validateProvinceCode('79')).toBeNull();
    expect(rule(validateProvinceCode('74'))).toBe('invalidProvince');
    expect(validateStreet('x'.repeat(255))).toBeNull();
    expect(rule(validateStreet('x'.repeat(256)))).toBe('tooLong');
  });
});

describe('password policy', () => {
  it('needs at least 8 characters and allows long passphrases of any characters', () => {
    expect(rule(validatePassword('1234567'))).toBe('tooShort');
    expect(validatePassword('tam chu!')).toBeNull();
    expect(validatePassword('a'.repeat(64))).toBeNull();
    expect(validatePassword('đây là một câu dài có dấu và khoảng trắng 🙂')).toBeNull();
    expect(validatePassword('x'.repeat(128))).toBeNull();
    expect(rule(validatePassword('x'.repeat(129)))).toBe('tooLong');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(rule(validatePassword('🙂🙂🙂🙂🙂🙂🙂'))).toBe('tooShort');
    expect(validatePassword('🙂🙂🙂🙂🙂🙂🙂🙂')).toBeNull();
  });

  it('has no composition rules', () => {
    expect(validatePassword('chilachuthuongthoi')).toBeNull();
    expect(validatePassword('4839201736')).toBeNull();
  });

  it('rejects common passwords case-insensitively, from the bundled list', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(400);
    for (const common of [
      'password',
      'PASSWORD1',
      '12345678',
      'matkhau123',
      'anhyeuem',
      'Iloveyou',
      'qwertyuiop',
    ]) {
      expect(rule(validatePassword(common))).toBe('commonPassword');
    }
    for (const entry of COMMON_PASSWORDS) expect(entry).toBe(entry.toLowerCase());
  });

  it('rejects the username or e-mail as the password', () => {
    const context = { username: 'tranthibich', email: 'bich.tran@example.vn' };
    expect(rule(validatePassword('TranThiBich', context))).toBe('personalPassword');
    expect(rule(validatePassword('bich.tran@example.vn', context))).toBe('personalPassword');
    expect(rule(validatePassword('bich.tran', context))).toBe('personalPassword');
    expect(validatePassword('tranthibich2', context)).toBeNull();
  });

  it('classes short, common and personal passwords as weak', () => {
    expect([...WEAK_PASSWORD_RULES].sort()).toEqual(['commonPassword', 'personalPassword', 'tooShort']);
  });

  it('checks the repeated password', () => {
    expect(validatePasswordConfirmation('mot hai ba bon', 'mot hai ba bon')).toBeNull();
    expect(rule(validatePasswordConfirmation('mot hai ba bon', 'mot hai ba nam'))).toBe('passwordMismatch');
    expect(rule(validatePasswordConfirmation('x', ''))).toBe('required');
  });
});

describe('whole forms', () => {
  const valid = {
    fullName: 'Nguyễn Văn An',
    username: 'nguyenvana',
    email: 'an@example.vn',
    password: 'mot cum tu de nho',
    citizenId: '001090012345',
    dateOfBirth: '1990-05-15',
    gender: 'MALE',
    phone: '0912345678',
    provinceCode: '01',
    commune: 'Phường Hoàn Kiếm',
    street: '1 Tràng Tiền',
  };

  it('accepts a complete registration and names every bad field', () => {
    expect(validateRegistration(valid)).toEqual({});
    const issues = validateRegistration({
      ...valid,
      username: 'x',
      phone: '1',
      provinceCode: '00',
      password: 'nguyenvana',
    });
    expect(Object.keys(issues).sort()).toEqual(['password', 'phone', 'provinceCode', 'username']);
    expect(issueMessages(issues).phone).toMatch(/di động/);
    expect(issueMessages(issues, 'en').phone).toMatch(/mobile/);
  });

  it('checks only the fields present in a profile update; null clears optional fields only', () => {
    expect(validateProfileUpdate({ phone: '0912345678' })).toEqual({});
    expect(validateProfileUpdate({ street: null, provinceCode: null })).toEqual({});
    expect(Object.keys(validateProfileUpdate({ fullName: null, email: 'x' })).sort()).toEqual([
      'email',
      'fullName',
    ]);
  });
});

describe('dates as typed (dd/MM/yyyy)', () => {
  it('converts both ways', () => {
    expect(isoDateToDisplay('1990-05-15')).toBe('15/05/1990');
    expect(isoDateToDisplay(null)).toBe('');
    expect(displayDateToIso('15/05/1990')).toBe('1990-05-15');
    expect(displayDateToIso(' 5/1/1990 ')).toBe('1990-01-05');
    expect(displayDateToIso('15-05-1990')).toBe('1990-05-15');
    expect(displayDateToIso('31/02/1990')).toBeNull();
    expect(displayDateToIso('1990-05-15')).toBeNull();
    expect(displayDateToIso('')).toBeNull();
  });
});
