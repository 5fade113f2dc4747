import { getDataSourceToken } from '@nestjs/typeorm';
import { foldVietnamese, FormFieldType } from '@dvc/shared/domain';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgencyEntity } from '../../src/service/entities/agency.entity';
import { DocumentComponentEntity } from '../../src/service/entities/document-component.entity';
import { FormFieldEntity } from '../../src/service/entities/form-field.entity';
import { SectorEntity } from '../../src/service/entities/sector.entity';
import { ServiceProcedureEntity } from '../../src/service/entities/service-procedure.entity';
import { pdfBytes } from '../fixtures/files';
import { createAccount, loginAs, TestAccount } from './accounts';
import { GqlClient, GqlResponse } from './gql-client';
import type { TestApp } from './test-app';
import { StorageDriver } from '../../src/common/storage/storage';

export interface TestProcedure {
  procedure: ServiceProcedureEntity;
  agency: AgencyEntity;
  /** [0]: required "Tờ khai" (pdf, 1 MB), [1]: optional "Ảnh chân dung" (jpg/png, 1 MB). */
  components: DocumentComponentEntity[];
  fields: FormFieldEntity[];
}

export interface ProcedureOptions {
  name?: string;
  active?: boolean;
  components?: Partial<DocumentComponentEntity>[];
  fields?: Partial<FormFieldEntity>[];
}

const tag = () => randomBytes(3).toString('hex').toUpperCase();

/**
 * A procedure with its agency, components and intake form, written straight into the catalog tables
 * (the catalog's admin API is tested by its own suite).
 */
export async function createProcedure(t: TestApp, options: ProcedureOptions = {}): Promise<TestProcedure> {
  const ds = t.app.get<DataSource>(getDataSourceToken());
  const agency = await ds.getRepository(AgencyEntity).save({
    id: randomUUID(),
    code: `000.00.${randomInt(10, 99)}.H${tag()}`,
    name: `Ủy ban nhân dân xã Thử ${tag()}`,
    level: 'COMMUNE',
    parentId: null,
    provinceCode: '01',
    active: true,
  } as AgencyEntity);
  const sector = await ds.getRepository(SectorEntity).save({
    id: randomUUID(),
    code: `S${tag()}`,
    name: 'Hộ tịch',
    active: true,
  } as SectorEntity);
  const name = options.name ?? 'Đăng ký khai sinh';
  const code = `9.${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  const procedure = await ds.getRepository(ServiceProcedureEntity).save({
    id: randomUUID(),
    code,
    name,
    agencyId: agency.id,
    sectorId: sector.id,
    onlineLevel: 'FULL',
    processingDays: 3,
    feeText: 'Miễn lệ phí',
    feeAmount: null,
    legalBasis: 'Luật Hộ tịch 2014',
    description: 'Thủ tục thử nghiệm',
    resultDescription: 'Giấy khai sinh',
    active: options.active ?? true,
    popularity: 0,
    searchName: foldVietnamese(`${code} ${name}`),
    searchText: '',
  } as ServiceProcedureEntity);
  const componentSpecs = options.components ?? [
    { name: 'Tờ khai đăng ký khai sinh', required: true, acceptedTypes: ['pdf'], maxSizeMb: 1 },
    { name: 'Ảnh chân dung', required: false, acceptedTypes: ['jpg', 'png'], maxSizeMb: 1 },
  ];
  const components = await ds.getRepository(DocumentComponentEntity).save(
    componentSpecs.map(
      (c, i) =>
        ({
          id: randomUUID(),
          procedureId: procedure.id,
          position: i + 1,
          description: '',
          originals: 1,
          copies: 0,
          templateKey: null,
          templateName: null,
          templateMimeType: null,
          templateSize: null,
          active: true,
          required: false,
          acceptedTypes: ['pdf'],
          maxSizeMb: 1,
          name: `Thành phần ${i + 1}`,
          ...c,
        }) as DocumentComponentEntity,
    ),
  );
  const fieldSpecs = options.fields ?? [
    { key: 'childName', label: 'Họ tên người được khai sinh', type: FormFieldType.TEXT, required: true },
    { key: 'birthDate', label: 'Ngày sinh', type: FormFieldType.DATE, required: true },
    { key: 'note', label: 'Ghi chú', type: FormFieldType.TEXTAREA, required: false },
  ];
  const fields = await ds.getRepository(FormFieldEntity).save(
    fieldSpecs.map(
      (f, i) =>
        ({
          id: randomUUID(),
          procedureId: procedure.id,
          position: i + 1,
          help: null,
          options: null,
          minLength: null,
          maxLength: null,
          min: null,
          max: null,
          pattern: null,
          active: true,
          required: false,
          ...f,
        }) as FormFieldEntity,
    ),
  );
  return { procedure, agency, components, fields };
}

export const DOSSIER_FIELDS = `
  id code status version serviceId createdAt updatedAt submittedAt dueDate formData availableActions
  applicant { fullName citizenId dateOfBirth gender phone email provinceCode commune street }
  files { id componentId fileName size mimeType sha256 uploadedAt downloadUrl }
  history { id action fromStatus toStatus note actorName actorRole agencyName createdAt }
  result { issuedAt note }
  service { id name }
  agency { id code name }`;

export const SAVE_DOSSIER = `mutation SaveDossier($input: SaveDossierInput!) {
  saveDossier(input: $input) { ${DOSSIER_FIELDS} }
}`;
export const SUBMIT_DOSSIER = `mutation SubmitDossier($id: ID!) { submitDossier(id: $id) { ${DOSSIER_FIELDS} } }`;
export const DELETE_DOSSIER = `mutation DeleteDossier($id: ID!) { deleteDossier(id: $id) }`;
export const DOSSIER_QUERY = `query Dossier($id: ID!) { dossier(id: $id) { ${DOSSIER_FIELDS} } }`;
export const MY_DOSSIERS = `query MyDossiers($filter: MyDossiersFilter, $page: Int, $pageSize: Int) {
  myDossiers(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize pageCount
    items { id code status createdAt submittedAt service { name } }
  }
}`;
export const LOOKUP_DOSSIER = `query Lookup($code: String!, $citizenId: String!) {
  lookupDossier(code: $code, citizenId: $citizenId) {
    code serviceName status submittedAt dueDate history { action fromStatus toStatus actorName createdAt }
  }
}`;

export interface DossierData {
  id: string;
  code: string | null;
  status: string;
  version: number;
  serviceId: string;
  submittedAt: string | null;
  formData: Record<string, unknown>;
  availableActions: string[];
  applicant: Record<string, string | null>;
  files: {
    id: string;
    componentId: string;
    fileName: string;
    size: number;
    mimeType: string;
    sha256: string;
    downloadUrl: string;
  }[];
  history: {
    action: string;
    fromStatus: string;
    toStatus: string;
    actorName: string;
    actorRole: string;
    agencyName: string | null;
  }[];
  result: unknown;
  service: { id: string; name: string };
  agency: { id: string; code: string; name: string } | null;
}

export interface UploadFile {
  componentId: string;
  name: string;
  content: Buffer | Blob;
  type?: string;
}

/**
 * saveDossier as the portal sends it: a GraphQL multipart request when there are files (each file
 * mapped to `variables.input.components.<i>.newFiles.<j>`), plain JSON otherwise.
 */
export function saveDossier(
  client: GqlClient,
  input: Record<string, unknown>,
  files: UploadFile[] = [],
  headers?: Record<string, string>,
): Promise<GqlResponse<{ saveDossier: DossierData }>> {
  if (files.length === 0) return client.gql(SAVE_DOSSIER, { input }, headers);
  const entries = [...((input['components'] as Record<string, unknown>[] | undefined) ?? [])].map((c) => ({
    ...c,
  }));
  const mapped = files.map((f) => {
    let index = entries.findIndex((c) => c['componentId'] === f.componentId);
    if (index < 0) index = entries.push({ componentId: f.componentId }) - 1;
    const newFiles = ((entries[index]['newFiles'] as null[] | undefined) ?? []).concat(null);
    entries[index]['newFiles'] = newFiles;
    return { ...f, path: `variables.input.components.${index}.newFiles.${newFiles.length - 1}` };
  });
  return client.upload(SAVE_DOSSIER, { input: { ...input, components: entries } }, mapped, headers);
}

/** A draft of `proc` saved through the API; throws on any GraphQL error. */
export async function createDraft(
  client: GqlClient,
  proc: TestProcedure,
  input: Record<string, unknown> = {},
  files: UploadFile[] = [],
): Promise<DossierData> {
  const res = await saveDossier(client, { serviceId: proc.procedure.id, ...input }, files);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.saveDossier;
}

/** A draft that submitDossier accepts: the complete form and the required PDF. */
export function createCompleteDraft(client: GqlClient, proc: TestProcedure): Promise<DossierData> {
  return createDraft(client, proc, { formData: COMPLETE_FORM }, [
    { componentId: proc.components[0].id, name: 'to-khai.pdf', content: pdfBytes() },
  ]);
}

/** The cast of the citizen dossier suites: a procedure and its citizen, logged in, and what they do most. */
export interface CitizenWorld {
  proc: TestProcedure;
  owner: TestAccount;
  citizen: GqlClient;
  /** A draft of `proc` saved by `client` (the citizen by default). */
  create(client?: GqlClient, input?: Record<string, unknown>): Promise<DossierData>;
  completeDraft(client?: GqlClient, procedure?: TestProcedure): Promise<DossierData>;
  submit(id: string, client?: GqlClient): Promise<GqlResponse<{ submitDossier: DossierData }>>;
}

export async function createCitizenWorld(t: TestApp): Promise<CitizenWorld> {
  const proc = await createProcedure(t);
  const owner = await createAccount(t, { fullName: 'Nguyễn Văn Chủ' });
  const citizen = await loginAs(t, owner);
  return {
    proc,
    owner,
    citizen,
    create: (client = citizen, input = {}) => createDraft(client, proc, input),
    completeDraft: (client = citizen, procedure = proc) => createCompleteDraft(client, procedure),
    submit: (id, client = citizen) => client.gql<{ submitDossier: DossierData }>(SUBMIT_DOSSIER, { id }),
  };
}

/**
 * The keys the app's storage driver holds, through the driver's own listing (so the suites run on
 * any driver). What a refused or aborted write may leave inside a driver (temp files, incomplete
 * multipart uploads) is the storage contract suite's concern (common/storage/storage-contract.ts).
 */
export async function storedFiles(t: TestApp): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of t.app.get(StorageDriver).list()) keys.push(entry.key);
  return keys.sort();
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const ds = t.app.get<DataSource>(getDataSourceToken());
  const rows: { n: number | string }[] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

/** Form values that complete the default procedure's intake form. */
export const COMPLETE_FORM = { childName: 'Nguyễn Văn Bé', birthDate: '2026-01-15', note: 'Không' };
