import { Role } from './roles';
import {
  actorOf,
  availableActions,
  canPerform,
  changesStatus,
  DOSSIER_ACTIONS,
  DossierAction,
  InvalidTransitionError,
  submitActionFor,
  transition,
} from './dossier-state-machine';
import { DOSSIER_STATUSES, DossierStatus } from './dossier-status';

const S = DossierStatus;
const A = DossierAction;

/**
 * The whole table, written out: the expected status after each allowed pair. Any pair not listed
 * must be refused. Keep it in step with the issue (citizen: SUBMIT, RESUBMIT, DELETE, EDIT; officer:
 * RECEIVE, START_PROCESSING, REQUEST_SUPPLEMENT, COMPLETE, REJECT).
 */
const ALLOWED: Partial<Record<DossierStatus, Partial<Record<DossierAction, DossierStatus>>>> = {
  DRAFT: { SUBMIT: S.SUBMITTED, DELETE: S.DRAFT, EDIT: S.DRAFT },
  SUBMITTED: { RECEIVE: S.RECEIVED, REQUEST_SUPPLEMENT: S.SUPPLEMENT_REQUESTED, REJECT: S.REJECTED },
  RECEIVED: {
    START_PROCESSING: S.IN_PROGRESS,
    REQUEST_SUPPLEMENT: S.SUPPLEMENT_REQUESTED,
    REJECT: S.REJECTED,
  },
  IN_PROGRESS: {
    COMPLETE: S.COMPLETED,
    REQUEST_SUPPLEMENT: S.SUPPLEMENT_REQUESTED,
    REJECT: S.REJECTED,
  },
  SUPPLEMENT_REQUESTED: { RESUBMIT: S.SUBMITTED, EDIT: S.SUPPLEMENT_REQUESTED },
  COMPLETED: {},
  REJECTED: {},
};

const pairs = DOSSIER_STATUSES.flatMap((status) =>
  DOSSIER_ACTIONS.map((action) => [status, action] as const),
);

describe('dossier state machine', () => {
  it('covers every status and action', () => {
    expect(pairs).toHaveLength(7 * 9);
  });

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = ALLOWED[status]?.[action];
    const before = status;
    if (expected) {
      expect(canPerform(status, action)).toBe(true);
      expect(transition(status, action)).toBe(expected);
    } else {
      expect(canPerform(status, action)).toBe(false);
      expect(() => transition(status, action)).toThrow(InvalidTransitionError);
      try {
        transition(status, action);
      } catch (e) {
        expect((e as InvalidTransitionError).status).toBe(status);
        expect((e as InvalidTransitionError).action).toBe(action);
      }
    }
    expect(status).toBe(before);
  });

  it('says who performs each action', () => {
    for (const a of [A.SUBMIT, A.RESUBMIT, A.DELETE, A.EDIT]) expect(actorOf(a)).toBe(Role.CITIZEN);
    for (const a of [A.RECEIVE, A.START_PROCESSING, A.REQUEST_SUPPLEMENT, A.COMPLETE, A.REJECT]) {
      expect(actorOf(a)).toBe(Role.OFFICER);
    }
  });

  it('lists the actions a role has on a status', () => {
    expect(availableActions(S.DRAFT, Role.CITIZEN).sort()).toEqual([A.DELETE, A.EDIT, A.SUBMIT].sort());
    expect(availableActions(S.DRAFT, Role.OFFICER)).toEqual([]);
    expect(availableActions(S.SUBMITTED, Role.CITIZEN)).toEqual([]);
    expect(availableActions(S.SUBMITTED, Role.OFFICER).sort()).toEqual(
      [A.RECEIVE, A.REQUEST_SUPPLEMENT, A.REJECT].sort(),
    );
    expect(availableActions(S.COMPLETED, Role.OFFICER)).toEqual([]);
  });

  it('knows which actions append a processing step', () => {
    expect(changesStatus(A.EDIT)).toBe(false);
    expect(changesStatus(A.DELETE)).toBe(false);
    expect(changesStatus(A.SUBMIT)).toBe(true);
    expect(changesStatus(A.REJECT)).toBe(true);
  });

  it('picks SUBMIT or RESUBMIT for the citizen', () => {
    expect(submitActionFor(S.DRAFT)).toBe(A.SUBMIT);
    expect(submitActionFor(S.SUPPLEMENT_REQUESTED)).toBe(A.RESUBMIT);
  });
});
