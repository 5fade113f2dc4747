import {
  AgencyLevel,
  FORM_FIELD_TYPES,
  FormFieldDefinition,
  FormFieldType,
  OnlineLevel,
} from '@dvc/shared/domain';
import agenciesJson from './agencies.json';
import proceduresJson from './procedures.json';
import sectorsJson from './sectors.json';

/** The shapes of the data files, with their enum-like strings checked (see `parseCatalogSeed`). */
export interface AgencySeed {
  code: string;
  name: string;
  level: AgencyLevel;
  parentCode: string | null;
  provinceCode: string | null;
}

export interface SectorSeed {
  code: string;
  name: string;
}

export interface ComponentSeed {
  name: string;
  description: string;
  required: boolean;
  originals: number;
  copies: number;
  acceptedTypes: readonly string[];
  maxSizeMb: number;
  /** "…theo mẫu" / "tải mẫu về": the portal generates a form template (forms/) for it. */
  template?: boolean;
  /** The procedure's own declaration, filled in by the intake form (see componentNeedsFile). */
  isDeclaration?: boolean;
  /** The declaration must still be printed, signed (or sealed) and attached. */
  requiresSignature?: boolean;
}

export type FormFieldSeed = Omit<FormFieldDefinition, 'type'> & { type: FormFieldType };

export interface ProcedureSeed {
  code: string;
  name: string;
  agencyCode: string;
  sectorCode: string;
  onlineLevel: OnlineLevel;
  processingDays: number;
  feeText: string;
  feeAmount: number | null;
  legalBasis: string;
  description: string;
  resultDescription: string;
  popularity: number;
  components: readonly ComponentSeed[];
  formFields: readonly FormFieldSeed[];
}

export interface CatalogSeed {
  agencies: readonly AgencySeed[];
  sectors: readonly SectorSeed[];
  procedures: readonly ProcedureSeed[];
}

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`Catalog seed: unknown ${what} "${value}"`);
  return value as T;
}

type Raw<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** Checks the enum-like strings of the raw JSON and returns typed seed data. */
export function parseCatalogSeed(raw: {
  agencies: readonly Raw<AgencySeed>[];
  sectors: readonly SectorSeed[];
  procedures: readonly (Omit<Raw<ProcedureSeed>, 'formFields'> & {
    formFields: readonly (Omit<FormFieldSeed, 'type'> & { type: string })[];
  })[];
}): CatalogSeed {
  const levels = Object.values(AgencyLevel);
  const onlineLevels = Object.values(OnlineLevel);
  return {
    agencies: raw.agencies.map((a) => ({ ...a, level: oneOf(levels, a.level, 'agency level') })),
    sectors: raw.sectors,
    procedures: raw.procedures.map((p) => ({
      ...p,
      onlineLevel: oneOf(onlineLevels, p.onlineLevel, 'online level'),
      formFields: p.formFields.map((f) => ({
        ...f,
        type: oneOf(FORM_FIELD_TYPES, f.type, 'form field type'),
      })),
    })),
  };
}

/** The catalog shipped with the portal (apps/api/src/database/seeds/catalog/*.json). */
export const CATALOG_SEED: CatalogSeed = parseCatalogSeed({
  agencies: agenciesJson,
  sectors: sectorsJson,
  procedures: proceduresJson,
});
