import { Role } from '@dvc/shared/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pdfBytes } from '../fixtures/files';
import { createAccount, loginAs, TestAccount } from './accounts';
import {
  createCompleteDraft,
  createProcedure,
  DOSSIER_FIELDS,
  DossierData,
  SUBMIT_DOSSIER,
  TestProcedure,
} from './dossier-fixtures';
import { GqlClient, GqlResponse } from './gql-client';
import type { TestApp } from './test-app';

/** Everything a back-office test reads of a dossier. */
export const PROCESSING_FIELDS = `${DOSSIER_FIELDS.replace('result { issuedAt note }', '')}
  overdue rejectionReason
  result { issuedAt note officerName files { id fileName size mimeType sha256 downloadUrl } }
  supplementRequest { id note requestedAt requestedBy resolvedAt items { componentId fieldKey comment label } }
  rating { score comment ratedAt }`;

export interface ProcessedDossier extends DossierData {
  dueDate: string | null;
  overdue: boolean;
  rejectionReason: string | null;
  result: {
    issuedAt: string;
    note: string | null;
    officerName: string | null;
    files: {
      id: string;
      fileName: string;
      size: number;
      mimeType: string;
      sha256: string;
      downloadUrl: string;
    }[];
  } | null;
  supplementRequest: {
    id: string;
    note: string | null;
    requestedAt: string;
    requestedBy: string;
    resolvedAt: string | null;
    items: { componentId: string | null; fieldKey: string | null; comment: string; label: string | null }[];
  } | null;
  rating: { score: number; comment: string | null; ratedAt: string } | null;
}

export const OFFICER_ACTIONS = {
  receiveDossier: `mutation Receive($id: ID!, $v: Int!, $note: String) {
    receiveDossier(id: $id, expectedVersion: $v, note: $note) { ${PROCESSING_FIELDS} } }`,
  startProcessing: `mutation Start($id: ID!, $v: Int!, $note: String) {
    startProcessing(id: $id, expectedVersion: $v, note: $note) { ${PROCESSING_FIELDS} } }`,
  requestSupplement: `mutation Supplement($id: ID!, $v: Int!, $note: String, $items: [SupplementItemInput!]!) {
    requestSupplement(id: $id, expectedVersion: $v, note: $note, items: $items) { ${PROCESSING_FIELDS} } }`,
  completeDossier: `mutation Complete($id: ID!, $v: Int!, $note: String, $files: [Upload!]!) {
    completeDossier(id: $id, expectedVersion: $v, note: $note, resultFiles: $files) { ${PROCESSING_FIELDS} } }`,
  rejectDossier: `mutation Reject($id: ID!, $v: Int!, $reason: String!) {
    rejectDossier(id: $id, expectedVersion: $v, reason: $reason) { ${PROCESSING_FIELDS} } }`,
} as const;

export type OfficerAction = keyof typeof OFFICER_ACTIONS;
export const OFFICER_ACTION_NAMES = Object.keys(OFFICER_ACTIONS) as OfficerAction[];

export const DOSSIER_FULL = `query Dossier($id: ID!) { dossier(id: $id) { ${PROCESSING_FIELDS} } }`;
export const RATE_DOSSIER = `mutation Rate($id: ID!, $score: Int!, $comment: String) {
  rateDossier(id: $id, score: $score, comment: $comment) { ${PROCESSING_FIELDS} } }`;

export interface ResultFile {
  name: string;
  content: Buffer;
  type?: string;
}

export type ActionAnswer = GqlResponse<Record<string, ProcessedDossier>>;

/**
 * Calls an officer mutation with valid arguments for it (a note, one supplement item on the first
 * component, one result PDF, a reason), so that only the caller and the status decide the answer.
 */
export function act(
  client: GqlClient,
  action: OfficerAction,
  dossier: { id: string; version: number },
  proc: TestProcedure,
  overrides: Record<string, unknown> = {},
  files: ResultFile[] = [{ name: 'ket-qua.pdf', content: pdfBytes(), type: 'application/pdf' }],
): Promise<ActionAnswer> {
  const vars: Record<string, unknown> = { id: dossier.id, v: dossier.version, note: 'Ghi chú của cán bộ' };
  if (action === 'requestSupplement') {
    vars['items'] = [{ componentId: proc.components[0].id, comment: 'Tờ khai thiếu chữ ký' }];
  }
  if (action === 'rejectDossier') {
    delete vars['note'];
    vars['reason'] = 'Hồ sơ không thuộc thẩm quyền giải quyết';
  }
  Object.assign(vars, overrides);
  if (action !== 'completeDossier') return client.gql(OFFICER_ACTIONS[action], vars);
  vars['files'] = files.map(() => null);
  return client.upload(
    OFFICER_ACTIONS.completeDossier,
    vars,
    files.map((f, i) => ({ ...f, path: `variables.files.${i}` })),
  );
}

/** The answer's dossier, or a thrown error naming the GraphQL errors. */
export function dossierOf(res: ActionAnswer | GqlResponse<Record<string, unknown>>): ProcessedDossier {
  const value = res.data ? Object.values(res.data)[0] : null;
  if (!value) throw new Error(JSON.stringify(res.errors));
  return value as ProcessedDossier;
}

export const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

/** The cast of a back-office test: a procedure of one agency and everyone who may call it. */
export interface ProcessingWorld {
  proc: TestProcedure;
  otherProc: TestProcedure;
  ownerAccount: TestAccount;
  officerAccount: TestAccount;
  owner: GqlClient;
  otherCitizen: GqlClient;
  officer: GqlClient;
  otherOfficer: GqlClient;
  admin: GqlClient;
}

export async function createWorld(t: TestApp): Promise<ProcessingWorld> {
  const proc = await createProcedure(t);
  const otherProc = await createProcedure(t);
  const ownerAccount = await createAccount(t, { fullName: 'Phạm Thị Hồng Nhung' });
  const officerAccount = await createAccount(t, {
    role: Role.OFFICER,
    agencyId: proc.agency.id,
    fullName: 'Trần Thị Bình',
  });
  return {
    proc,
    otherProc,
    ownerAccount,
    officerAccount,
    owner: await loginAs(t, ownerAccount),
    otherCitizen: await loginAs(t, await createAccount(t)),
    officer: await loginAs(t, officerAccount),
    otherOfficer: await loginAs(
      t,
      await createAccount(t, { role: Role.OFFICER, agencyId: otherProc.agency.id }),
    ),
    admin: await loginAs(t, await createAccount(t, { role: Role.ADMIN })),
  };
}

/** A dossier of `proc` sent by the owner (SUBMITTED). */
export async function sentDossier(w: ProcessingWorld, proc = w.proc): Promise<ProcessedDossier> {
  const draft = await createCompleteDraft(w.owner, proc);
  return dossierOf(await w.owner.gql(SUBMIT_DOSSIER, { id: draft.id }));
}

/** The officer's way to each status from SUBMITTED. */
const PATH: Record<string, OfficerAction[]> = {
  SUBMITTED: [],
  RECEIVED: ['receiveDossier'],
  IN_PROGRESS: ['receiveDossier', 'startProcessing'],
  SUPPLEMENT_REQUESTED: ['receiveDossier', 'requestSupplement'],
  COMPLETED: ['receiveDossier', 'startProcessing', 'completeDossier'],
  REJECTED: ['rejectDossier'],
};

/** A sent dossier driven through the API to `status` (DRAFT: a complete draft, never sent). */
export async function dossierIn(w: ProcessingWorld, status: string): Promise<ProcessedDossier> {
  if (status === 'DRAFT') return (await createCompleteDraft(w.owner, w.proc)) as ProcessedDossier;
  let dossier = await sentDossier(w);
  for (const action of PATH[status]) dossier = dossierOf(await act(w.officer, action, dossier, w.proc));
  if (dossier.status !== status) throw new Error(`Expected ${status}, got ${dossier.status}`);
  return dossier;
}

export function dataSource(t: TestApp): DataSource {
  return t.app.get<DataSource>(getDataSourceToken());
}
