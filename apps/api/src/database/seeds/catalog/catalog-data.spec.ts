import {
  AgencyLevel,
  findProvince,
  FORM_FIELD_TYPES,
  FormFieldType,
  isSafePattern,
  isValidPattern,
  OnlineLevel,
  PROCEDURE_CODE_PATTERN,
} from '@dvc/shared/domain';
import agenciesJson from './agencies.json';
import proceduresJson from './procedures.json';
import sectorsJson from './sectors.json';

/*
 * The seed files as they are written: enum-like values are plain strings here, so that assigning the
 * imported JSON to these types checks its shape at compile time; the tests below check the values.
 */
interface AgencySeed {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  provinceCode: string | null;
}

interface SectorSeed {
  code: string;
  name: string;
}

interface ComponentSeed {
  name: string;
  description: string;
  required: boolean;
  originals: number;
  copies: number;
  acceptedTypes: string[];
  maxSizeMb: number;
}

interface FormFieldSeed {
  key: string;
  label: string;
  help?: string;
  type: string;
  required: boolean;
  options?: { value: string; label: string }[];
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  pattern?: string;
}

interface ProcedureSeed {
  code: string;
  name: string;
  agencyCode: string;
  sectorCode: string;
  onlineLevel: string;
  processingDays: number;
  feeText: string;
  feeAmount: number;
  legalBasis: string;
  description: string;
  resultDescription: string;
  popularity: number;
  components: ComponentSeed[];
  formFields: FormFieldSeed[];
}

const agencies: readonly AgencySeed[] = agenciesJson;
const sectors: readonly SectorSeed[] = sectorsJson;
const procedures: readonly ProcedureSeed[] = proceduresJson;

const ACCEPTED_TYPES: readonly string[] = ['pdf', 'jpg', 'png', 'docx', 'doc', 'xlsx'];
const FIELD_TYPES: readonly string[] = FORM_FIELD_TYPES;
const AGENCY_LEVELS: readonly string[] = Object.values(AgencyLevel);
const ONLINE_LEVELS: readonly string[] = Object.values(OnlineLevel);

const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
const sectorCodes = new Set(sectors.map((s) => s.code));
const rows = procedures.map((p): [string, ProcedureSeed] => [`${p.code} ${p.name}`, p]);

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function isNonNegativeInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** Every string in a seed value, to check the text is composed (NFC) Unicode. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('catalog seed: agencies', () => {
  it('has unique codes in the national unit-code style, usable as a dossier-code prefix', () => {
    expect(agencies.length).toBeGreaterThanOrEqual(10);
    expect(duplicates(agencies.map((a) => a.code))).toEqual([]);
    expect(agencies.filter((a) => !/^[A-Z0-9.]+$/.test(a.code) || a.code.length > 40)).toEqual([]);
  });

  it('has unique names and only the levels of the two-level local government (no districts)', () => {
    expect(duplicates(agencies.map((a) => a.name))).toEqual([]);
    expect(agencies.filter((a) => !AGENCY_LEVELS.includes(a.level))).toEqual([]);
    expect(agencies.filter((a) => /quận|huyện/iu.test(a.name))).toEqual([]);
  });

  it('resolves every parentCode to another agency of the same or a higher level', () => {
    const rank: Record<string, number> = { MINISTRY: 0, PROVINCE: 1, COMMUNE: 2 };
    const broken = agencies.filter((a) => {
      if (a.parentCode === null) return a.level === 'COMMUNE';
      const parent = agencyByCode.get(a.parentCode);
      return !parent || parent.code === a.code || rank[parent.level] > rank[a.level];
    });
    expect(broken).toEqual([]);
    expect(agencies.filter((a) => a.level === 'MINISTRY' && a.parentCode !== null)).toEqual([]);
  });

  it('places every local agency in a current province, the same as its local parent', () => {
    expect(agencies.filter((a) => a.level === 'MINISTRY' && a.provinceCode !== null)).toEqual([]);
    const misplaced = agencies.filter((a) => {
      if (a.level === 'MINISTRY') return false;
      if (a.provinceCode === null || !findProvince(a.provinceCode)) return true;
      const parent = a.parentCode === null ? undefined : agencyByCode.get(a.parentCode);
      return parent !== undefined && parent.level !== 'MINISTRY' && parent.provinceCode !== a.provinceCode;
    });
    expect(misplaced).toEqual([]);
  });
});

describe('catalog seed: sectors', () => {
  it('has at least 12 sectors with unique codes and names', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(sectors.map((s) => s.code))).toEqual([]);
    expect(duplicates(sectors.map((s) => s.name))).toEqual([]);
    expect(sectors.filter((s) => !/^[A-Z0-9.-]+$/.test(s.code) || s.name.trim() === '')).toEqual([]);
  });
});

describe('catalog seed: procedures', () => {
  it('has at least 45 procedures with unique national-style codes', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(45);
    expect(duplicates(procedures.map((p) => p.code))).toEqual([]);
    expect(procedures.filter((p) => !PROCEDURE_CODE_PATTERN.test(p.code)).map((p) => p.code)).toEqual([]);
  });

  it('resolves every agencyCode and sectorCode', () => {
    expect(procedures.filter((p) => !agencyByCode.has(p.agencyCode)).map((p) => p.code)).toEqual([]);
    expect(procedures.filter((p) => !sectorCodes.has(p.sectorCode)).map((p) => p.code)).toEqual([]);
  });

  it('is owned by at least 8 agencies covering all three levels, in at least 10 sectors', () => {
    const owners = new Set(procedures.map((p) => p.agencyCode));
    expect(owners.size).toBeGreaterThanOrEqual(8);
    const levels = new Set([...owners].map((code) => agencyByCode.get(code)?.level));
    expect([...levels].sort()).toEqual(['COMMUNE', 'MINISTRY', 'PROVINCE']);
    expect(new Set(procedures.map((p) => p.sectorCode)).size).toBeGreaterThanOrEqual(10);
  });

  it('mixes fully and partly online services', () => {
    expect(procedures.filter((p) => !ONLINE_LEVELS.includes(p.onlineLevel)).map((p) => p.code)).toEqual([]);
    expect(new Set(procedures.map((p) => p.onlineLevel)).size).toBe(ONLINE_LEVELS.length);
  });

  it('is written in composed (NFC) Vietnamese', () => {
    const all = [...strings(agencies), ...strings(sectors), ...strings(procedures)];
    expect(all.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });

  it.each(rows)('%s: has sensible numbers and texts', (_, p) => {
    expect(isNonNegativeInteger(p.processingDays)).toBe(true);
    expect(isNonNegativeInteger(p.feeAmount)).toBe(true);
    expect(isNonNegativeInteger(p.popularity)).toBe(true);
    for (const text of [p.name, p.feeText, p.legalBasis, p.description, p.resultDescription]) {
      expect(text.trim()).not.toBe('');
    }
    expect(p.name.length).toBeLessThanOrEqual(500);
    expect(p.feeText.length).toBeLessThanOrEqual(500);
  });

  it.each(rows)('%s: lists 2–6 document components, at least one required', (_, p) => {
    expect(p.components.length).toBeGreaterThanOrEqual(2);
    expect(p.components.length).toBeLessThanOrEqual(6);
    expect(p.components.some((c) => c.required)).toBe(true);
    for (const c of p.components) {
      expect(c.name.trim()).not.toBe('');
      expect(c.acceptedTypes.length).toBeGreaterThan(0);
      expect(c.acceptedTypes.filter((t) => !ACCEPTED_TYPES.includes(t))).toEqual([]);
      expect(duplicates(c.acceptedTypes)).toEqual([]);
      expect(c.maxSizeMb).toBeGreaterThanOrEqual(1);
      expect(c.maxSizeMb).toBeLessThanOrEqual(10);
      expect(isNonNegativeInteger(c.originals) && isNonNegativeInteger(c.copies)).toBe(true);
      expect(c.originals + c.copies).toBeGreaterThan(0);
    }
  });

  it.each(rows)('%s: has a valid intake form of 3–10 fields, at least one required', (_, p) => {
    expect(p.formFields.length).toBeGreaterThanOrEqual(3);
    expect(p.formFields.length).toBeLessThanOrEqual(10);
    expect(p.formFields.some((f) => f.required)).toBe(true);
    expect(duplicates(p.formFields.map((f) => f.key))).toEqual([]);
    for (const f of p.formFields) {
      expect(f.key).toMatch(/^[a-z][a-zA-Z0-9]{0,63}$/);
      expect(FIELD_TYPES).toContain(f.type);
      expect(f.label.trim()).not.toBe('');
      expect(f.label.length).toBeLessThanOrEqual(255);
      expect((f.help ?? '').length).toBeLessThanOrEqual(500);
      if (f.type === FormFieldType.SELECT) {
        const options = f.options ?? [];
        expect(options.length).toBeGreaterThanOrEqual(2);
        expect(options.filter((o) => !/^[A-Z0-9_]+$/.test(o.value) || o.label.trim() === '')).toEqual([]);
        expect(duplicates(options.map((o) => o.value))).toEqual([]);
      } else {
        expect(f.options).toBeUndefined();
      }
      if (f.minLength !== undefined && f.maxLength !== undefined) {
        expect(f.minLength).toBeLessThanOrEqual(f.maxLength);
      }
      if (f.min !== undefined && f.max !== undefined) expect(f.min).toBeLessThanOrEqual(f.max);
      if (f.pattern !== undefined)
        expect([isValidPattern(f.pattern), isSafePattern(f.pattern)]).toEqual([true, true]);
    }
  });
});
