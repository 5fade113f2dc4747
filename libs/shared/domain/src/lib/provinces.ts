/**
 * The 34 province-level units in force since 1 July 2025 (Resolution 202/2025/QH15).
 * There is no district level any more: an address is province + commune/ward + street.
 */
export type ProvinceKind = 'CITY' | 'PROVINCE';

export interface Province {
  /**
   * Two-digit administrative code of the unit (Decision 19/2025/QĐ-TTg). A merged unit kept the
   * code of the former unit that hosts its political and administrative centre, which is not always
   * the one whose name it kept: Lào Cai is 15 (ex-Yên Bái), Bắc Ninh 24 (ex-Bắc Giang),
   * Quảng Trị 44 (ex-Quảng Bình), Gia Lai 52 (ex-Bình Định), Tây Ninh 80 (ex-Long An),
   * Đồng Tháp 82 (ex-Tiền Giang), An Giang 91 (ex-Kiên Giang).
   */
  code: string;
  /** Full name as written in an address: "Thành phố Hà Nội", "Tỉnh Nghệ An". */
  name: string;
  kind: ProvinceKind;
  /** Former province-level units merged into this one (the unit whose name was kept is not repeated). */
  formerly: string[];
}

export const PROVINCES: readonly Province[] = [
  { code: '01', name: 'Thành phố Hà Nội', kind: 'CITY', formerly: [] },
  { code: '04', name: 'Tỉnh Cao Bằng', kind: 'PROVINCE', formerly: [] },
  { code: '08', name: 'Tỉnh Tuyên Quang', kind: 'PROVINCE', formerly: ['Tỉnh Hà Giang'] },
  { code: '11', name: 'Tỉnh Điện Biên', kind: 'PROVINCE', formerly: [] },
  { code: '12', name: 'Tỉnh Lai Châu', kind: 'PROVINCE', formerly: [] },
  { code: '14', name: 'Tỉnh Sơn La', kind: 'PROVINCE', formerly: [] },
  { code: '15', name: 'Tỉnh Lào Cai', kind: 'PROVINCE', formerly: ['Tỉnh Yên Bái'] },
  { code: '19', name: 'Tỉnh Thái Nguyên', kind: 'PROVINCE', formerly: ['Tỉnh Bắc Kạn'] },
  { code: '20', name: 'Tỉnh Lạng Sơn', kind: 'PROVINCE', formerly: [] },
  { code: '22', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE', formerly: [] },
  { code: '24', name: 'Tỉnh Bắc Ninh', kind: 'PROVINCE', formerly: ['Tỉnh Bắc Giang'] },
  { code: '25', name: 'Tỉnh Phú Thọ', kind: 'PROVINCE', formerly: ['Tỉnh Vĩnh Phúc', 'Tỉnh Hòa Bình'] },
  { code: '31', name: 'Thành phố Hải Phòng', kind: 'CITY', formerly: ['Tỉnh Hải Dương'] },
  { code: '33', name: 'Tỉnh Hưng Yên', kind: 'PROVINCE', formerly: ['Tỉnh Thái Bình'] },
  { code: '37', name: 'Tỉnh Ninh Bình', kind: 'PROVINCE', formerly: ['Tỉnh Hà Nam', 'Tỉnh Nam Định'] },
  { code: '38', name: 'Tỉnh Thanh Hóa', kind: 'PROVINCE', formerly: [] },
  { code: '40', name: 'Tỉnh Nghệ An', kind: 'PROVINCE', formerly: [] },
  { code: '42', name: 'Tỉnh Hà Tĩnh', kind: 'PROVINCE', formerly: [] },
  { code: '44', name: 'Tỉnh Quảng Trị', kind: 'PROVINCE', formerly: ['Tỉnh Quảng Bình'] },
  { code: '46', name: 'Thành phố Huế', kind: 'CITY', formerly: [] },
  { code: '48', name: 'Thành phố Đà Nẵng', kind: 'CITY', formerly: ['Tỉnh Quảng Nam'] },
  { code: '51', name: 'Tỉnh Quảng Ngãi', kind: 'PROVINCE', formerly: ['Tỉnh Kon Tum'] },
  { code: '52', name: 'Tỉnh Gia Lai', kind: 'PROVINCE', formerly: ['Tỉnh Bình Định'] },
  { code: '56', name: 'Tỉnh Khánh Hòa', kind: 'PROVINCE', formerly: ['Tỉnh Ninh Thuận'] },
  { code: '66', name: 'Tỉnh Đắk Lắk', kind: 'PROVINCE', formerly: ['Tỉnh Phú Yên'] },
  { code: '68', name: 'Tỉnh Lâm Đồng', kind: 'PROVINCE', formerly: ['Tỉnh Đắk Nông', 'Tỉnh Bình Thuận'] },
  { code: '75', name: 'Tỉnh Đồng Nai', kind: 'PROVINCE', formerly: ['Tỉnh Bình Phước'] },
  {
    code: '79',
    name: 'Thành phố Hồ Chí Minh',
    kind: 'CITY',
    formerly: ['Tỉnh Bình Dương', 'Tỉnh Bà Rịa - Vũng Tàu'],
  },
  { code: '80', name: 'Tỉnh Tây Ninh', kind: 'PROVINCE', formerly: ['Tỉnh Long An'] },
  { code: '82', name: 'Tỉnh Đồng Tháp', kind: 'PROVINCE', formerly: ['Tỉnh Tiền Giang'] },
  { code: '86', name: 'Tỉnh Vĩnh Long', kind: 'PROVINCE', formerly: ['Tỉnh Bến Tre', 'Tỉnh Trà Vinh'] },
  { code: '91', name: 'Tỉnh An Giang', kind: 'PROVINCE', formerly: ['Tỉnh Kiên Giang'] },
  { code: '92', name: 'Thành phố Cần Thơ', kind: 'CITY', formerly: ['Tỉnh Sóc Trăng', 'Tỉnh Hậu Giang'] },
  { code: '96', name: 'Tỉnh Cà Mau', kind: 'PROVINCE', formerly: ['Tỉnh Bạc Liêu'] },
];

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** The unit with this two-digit code, or undefined (surrounding spaces are ignored). */
export function findProvince(code: string): Province | undefined {
  return BY_CODE.get(code.trim());
}

/**
 * Codes of the 63 province-level units before 1 July 2025 (Decision 124/2004/QĐ-TTg), by the name
 * they had. A CCCD issued before the merger keeps the code of the province where the birth was
 * registered, so identity numbers starting with a former code (002 Hà Giang…) stay valid for life.
 * Every current code is one of these: a merged unit kept the code of one of its former units.
 */
export const FORMER_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '01': 'Hà Nội',
  '02': 'Hà Giang',
  '04': 'Cao Bằng',
  '06': 'Bắc Kạn',
  '08': 'Tuyên Quang',
  '10': 'Lào Cai',
  '11': 'Điện Biên',
  '12': 'Lai Châu',
  '14': 'Sơn La',
  '15': 'Yên Bái',
  '17': 'Hòa Bình',
  '19': 'Thái Nguyên',
  '20': 'Lạng Sơn',
  '22': 'Quảng Ninh',
  '24': 'Bắc Giang',
  '25': 'Phú Thọ',
  '26': 'Vĩnh Phúc',
  '27': 'Bắc Ninh',
  '30': 'Hải Dương',
  '31': 'Hải Phòng',
  '33': 'Hưng Yên',
  '34': 'Thái Bình',
  '35': 'Hà Nam',
  '36': 'Nam Định',
  '37': 'Ninh Bình',
  '38': 'Thanh Hóa',
  '40': 'Nghệ An',
  '42': 'Hà Tĩnh',
  '44': 'Quảng Bình',
  '45': 'Quảng Trị',
  '46': 'Thừa Thiên Huế',
  '48': 'Đà Nẵng',
  '49': 'Quảng Nam',
  '51': 'Quảng Ngãi',
  '52': 'Bình Định',
  '54': 'Phú Yên',
  '56': 'Khánh Hòa',
  '58': 'Ninh Thuận',
  '60': 'Bình Thuận',
  '62': 'Kon Tum',
  '64': 'Gia Lai',
  '66': 'Đắk Lắk',
  '67': 'Đắk Nông',
  '68': 'Lâm Đồng',
  '70': 'Bình Phước',
  '72': 'Tây Ninh',
  '74': 'Bình Dương',
  '75': 'Đồng Nai',
  '77': 'Bà Rịa - Vũng Tàu',
  '79': 'Hồ Chí Minh',
  '80': 'Long An',
  '82': 'Tiền Giang',
  '83': 'Bến Tre',
  '84': 'Trà Vinh',
  '86': 'Vĩnh Long',
  '87': 'Đồng Tháp',
  '89': 'An Giang',
  '91': 'Kiên Giang',
  '92': 'Cần Thơ',
  '93': 'Hậu Giang',
  '94': 'Sóc Trăng',
  '95': 'Bạc Liêu',
  '96': 'Cà Mau',
};

/** True for a two-digit code of a current unit or of a unit merged on 1 July 2025. */
export function isProvinceCodeOfAnyPeriod(code: string): boolean {
  return BY_CODE.has(code) || code in FORMER_PROVINCE_CODES;
}
