import { findProvince, FORMER_PROVINCE_CODES, isProvinceCodeOfAnyPeriod, PROVINCES } from './provinces';

describe('PROVINCES', () => {
  it('lists the 34 units of Resolution 202/2025/QH15: 6 cities and 28 provinces', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === 'CITY')).toHaveLength(6);
    expect(PROVINCES.filter((p) => p.kind === 'PROVINCE')).toHaveLength(28);
  });

  it('has unique two-digit codes and unique names', () => {
    const codes = PROVINCES.map((p) => p.code);
    const names = PROVINCES.map((p) => p.name);
    expect(new Set(codes).size).toBe(PROVINCES.length);
    expect(new Set(names).size).toBe(PROVINCES.length);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
  });

  it('writes full names the way an address does', () => {
    for (const p of PROVINCES) {
      expect(p.name).toMatch(p.kind === 'CITY' ? /^Thành phố / : /^Tỉnh /);
      expect(p.name).toBe(p.name.normalize('NFC'));
    }
  });

  it('accounts for every one of the 63 former units exactly once', () => {
    const former = PROVINCES.flatMap((p) => p.formerly);
    expect(former).toHaveLength(63 - 34);
    expect(new Set([...former, ...PROVINCES.map((p) => p.name)]).size).toBe(63);
  });
});

describe('findProvince', () => {
  it('finds a unit by its code', () => {
    expect(findProvince('01')?.name).toBe('Thành phố Hà Nội');
    expect(findProvince('79')).toMatchObject({
      name: 'Thành phố Hồ Chí Minh',
      kind: 'CITY',
      formerly: ['Tỉnh Bình Dương', 'Tỉnh Bà Rịa - Vũng Tàu'],
    });
    expect(findProvince('31')?.name).toBe('Thành phố Hải Phòng');
    expect(findProvince('48')?.name).toBe('Thành phố Đà Nẵng');
    expect(findProvince('92')?.name).toBe('Thành phố Cần Thơ');
    expect(findProvince('46')?.name).toBe('Thành phố Huế');
    expect(findProvince(' 40 ')?.name).toBe('Tỉnh Nghệ An');
  });

  it('uses the code of the unit hosting the new administrative centre', () => {
    expect(findProvince('15')?.name).toBe('Tỉnh Lào Cai');
    expect(findProvince('24')?.name).toBe('Tỉnh Bắc Ninh');
    expect(findProvince('80')?.name).toBe('Tỉnh Tây Ninh');
  });

  it('returns undefined for codes of units merged away, or unknown codes', () => {
    expect(findProvince('74')).toBeUndefined(); // former Bình Dương
    expect(findProvince('10')).toBeUndefined(); // former Lào Cai code, now 15
    expect(findProvince('')).toBeUndefined();
    expect(findProvince('1')).toBeUndefined();
  });
});

describe('FORMER_PROVINCE_CODES', () => {
  it('lists the 63 former units, and every current code is one of them', () => {
    expect(Object.keys(FORMER_PROVINCE_CODES)).toHaveLength(63);
    for (const p of PROVINCES) expect(isProvinceCodeOfAnyPeriod(p.code)).toBe(true);
    expect(isProvinceCodeOfAnyPeriod('02')).toBe(true);
    expect(isProvinceCodeOfAnyPeriod('03')).toBe(false);
    expect(isProvinceCodeOfAnyPeriod('97')).toBe(false);
  });
});
