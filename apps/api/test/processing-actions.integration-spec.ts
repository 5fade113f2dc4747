import { DossierStatus, transition } from '@dvc/shared/domain';
import { DOSSIER_QUERY } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import {
  act,
  codeOf,
  createWorld,
  dossierIn,
  dossierOf,
  OFFICER_ACTION_NAMES,
  OfficerAction,
  ProcessedDossier,
  ProcessingWorld,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const STATUSES = Object.values(DossierStatus);
const ACTION_OF: Record<OfficerAction, Parameters<typeof transition>[1]> = {
  receiveDossier: 'RECEIVE',
  startProcessing: 'START_PROCESSING',
  requestSupplement: 'REQUEST_SUPPLEMENT',
  completeDossier: 'COMPLETE',
  rejectDossier: 'REJECT',
};

/** The status after an officer action, or null when the state machine refuses it. */
function expectedStatus(status: DossierStatus, action: OfficerAction): DossierStatus | null {
  try {
    return transition(status, ACTION_OF[action]);
  } catch {
    return null;
  }
}

/**
 * Every officer action in every status, for each kind of caller. Citizens and administrators are
 * refused by the guard (FORBIDDEN), an officer of another agency does not find the dossier, and the
 * agency's officer gets the state machine's answer; a refusal changes nothing.
 */
describe('officer actions: every action in every status, across roles', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  const shared = new Map<string, ProcessedDossier>();

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    w = await createWorld(t);
    for (const status of STATUSES) shared.set(status, await dossierIn(w, status));
  });
  afterAll(() => t?.close());

  const refusedCallers: [string, (w: ProcessingWorld) => GqlClient, string][] = [
    ['the owner (citizen)', (x) => x.owner, 'FORBIDDEN'],
    ['another citizen', (x) => x.otherCitizen, 'FORBIDDEN'],
    ['an administrator', (x) => x.admin, 'FORBIDDEN'],
    ['an officer of another agency', (x) => x.otherOfficer, 'NOT_FOUND'],
  ];

  describe.each(STATUSES)('in %s', (status) => {
    it.each(refusedCallers)('%s is refused every action', async (_who, caller, code) => {
      const dossier = shared.get(status) as ProcessedDossier;
      for (const action of OFFICER_ACTION_NAMES) {
        const res = await act(caller(w), action, dossier, w.proc);
        expect({ action, code: codeOf(res), data: res.data }).toEqual({ action, code, data: null });
      }
    });

    it.each(OFFICER_ACTION_NAMES)('the agency officer: %s', async (action) => {
      const expected = status === DossierStatus.DRAFT ? null : expectedStatus(status, action);
      // A successful action changes the dossier: it gets its own.
      const dossier = expected ? await dossierIn(w, status) : (shared.get(status) as ProcessedDossier);
      const res = await act(w.officer, action, dossier, w.proc);
      if (!expected) {
        // A draft is not addressed to the agency yet: it does not exist for the officer.
        expect(codeOf(res)).toBe(status === DossierStatus.DRAFT ? 'NOT_FOUND' : 'INVALID_TRANSITION');
        return;
      }
      const after = dossierOf(res);
      expect(after.status).toBe(expected);
      expect(after.version).toBe(dossier.version + 1);
      const step = after.history[after.history.length - 1];
      expect(step).toMatchObject({
        action: ACTION_OF[action],
        fromStatus: status,
        toStatus: expected,
        actorName: 'Trần Thị Bình',
        actorRole: 'OFFICER',
        agencyName: w.proc.agency.name,
        note: action === 'rejectDossier' ? 'Hồ sơ không thuộc thẩm quyền giải quyết' : 'Ghi chú của cán bộ',
      });
      expect(after.history).toHaveLength(dossier.history.length + 1);
      expect(after.availableActions.every((a) => typeof a === 'string')).toBe(true);
    });

    it('nothing changed after the refusals', async () => {
      const before = shared.get(status) as ProcessedDossier;
      const now = dossierOf(await w.owner.gql(DOSSIER_QUERY, { id: before.id }));
      expect({ status: now.status, version: now.version, steps: now.history.length }).toEqual({
        status: before.status,
        version: before.version,
        steps: before.history.length,
      });
    });
  });

  it('offers the agency officer exactly the allowed actions, and nobody else any', async () => {
    const received = shared.get(DossierStatus.RECEIVED) as ProcessedDossier;
    const query = `query D($id: ID!) { dossier(id: $id) { availableActions } }`;
    const of = async (c: GqlClient) =>
      ((await c.gql<{ dossier: { availableActions: string[] } }>(query, { id: received.id })).data?.dossier
        .availableActions ?? null) as string[] | null;
    expect((await of(w.officer))?.sort()).toEqual(['REJECT', 'REQUEST_SUPPLEMENT', 'START_PROCESSING']);
    expect(await of(w.owner)).toEqual([]);
    expect(await of(w.otherOfficer)).toBeNull();
    const supplement = shared.get(DossierStatus.SUPPLEMENT_REQUESTED) as ProcessedDossier;
    const owner = await w.owner.gql<{ dossier: { availableActions: string[] } }>(query, {
      id: supplement.id,
    });
    expect(owner.data?.dossier.availableActions.sort()).toEqual(['EDIT', 'RESUBMIT']);
  });

  it('refuses a stale version with STALE_DOSSIER and changes nothing', async () => {
    const dossier = await dossierIn(w, DossierStatus.SUBMITTED);
    const res = await act(w.officer, 'receiveDossier', { ...dossier, version: dossier.version - 1 }, w.proc);
    expect(codeOf(res)).toBe('STALE_DOSSIER');
    const now = dossierOf(await w.owner.gql(DOSSIER_QUERY, { id: dossier.id }));
    expect([now.status, now.version]).toEqual([DossierStatus.SUBMITTED, dossier.version]);
  });

  it('validates what the officer writes (VALIDATION_FAILED with the fields)', async () => {
    const dossier = await dossierIn(w, DossierStatus.RECEIVED);
    const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      Object.keys((res.errors?.[0]?.extensions?.['fields'] as Record<string, string>) ?? {});
    const blank = await act(w.officer, 'rejectDossier', dossier, w.proc, { reason: '   ' });
    expect([codeOf(blank), fieldsOf(blank)]).toEqual(['VALIDATION_FAILED', ['reason']]);
    const noItems = await act(w.officer, 'requestSupplement', dossier, w.proc, { items: [] });
    expect([codeOf(noItems), fieldsOf(noItems)]).toEqual(['VALIDATION_FAILED', ['items']]);
    const bad = await act(w.officer, 'requestSupplement', dossier, w.proc, {
      items: [
        { comment: 'Thiếu' },
        { componentId: w.otherProc.components[0].id, comment: 'Khác thủ tục' },
        { fieldKey: 'khongCo', comment: 'Không có trường này' },
        { fieldKey: 'childName', comment: ' ' },
      ],
    });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad).sort()).toEqual([
      'items.0',
      'items.1.componentId',
      'items.2.fieldKey',
      'items.3.comment',
    ]);
    const long = await act(w.officer, 'startProcessing', dossier, w.proc, { note: 'x'.repeat(2001) });
    expect([codeOf(long), fieldsOf(long)]).toEqual(['VALIDATION_FAILED', ['note']]);
    const now = dossierOf(await w.owner.gql(DOSSIER_QUERY, { id: dossier.id }));
    expect(now.version).toBe(dossier.version);
  });

  it('shows the citizen the rejection reason', async () => {
    const rejected = shared.get(DossierStatus.REJECTED) as ProcessedDossier;
    const seen = dossierOf(
      await w.owner.gql(`query D($id: ID!) { dossier(id: $id) { rejectionReason status } }`, {
        id: rejected.id,
      }),
    );
    expect(seen.rejectionReason).toBe('Hồ sơ không thuộc thẩm quyền giải quyết');
  });
});
