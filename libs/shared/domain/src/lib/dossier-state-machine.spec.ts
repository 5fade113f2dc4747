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
  SUPPLEMENT_RESUME_STATUSES,
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
  SUPPLEMENT_REQUESTED: { RESUBMIT: S.SUBMITTED, EDIT: S.SUPPLEMENT_REQUESTED, REJECT: S.REJECTED },
  COMPLETED: {},
  REJECTED: {},
};

const pairs = DOSSIER_STATUSES.flatMap((status) =>
  DOSSIER_ACTIONS.map((action) => [status, action] as const),
);

describe('dossier state machine', () => {
  it('has a row for every status, and every action is allowed from some status', () => {
    // The pairs below come from the same constants, so only the table can miss a new status/action.
    expect(Object.keys(ALLOWED).sort()).toEqual([...DOSSIER_STATUSES].sort());
    const allowedSomewhere = new Set(Object.values(ALLOWED).flatMap((row) => Object.keys(row ?? {})));
    expect([...allowedSomewhere].sort()).toEqual([...DOSSIER_ACTIONS].sort());
  });

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = ALLOWED[status]?.[action];
    if (expected) {
      expect(canPerform(status, action)).toBe(true);
      expect(transition(status, action)).toBe(expected);
    } else {
      expect(canPerform(status, action)).toBe(false);
      expect(() => transition(status, action)).toThrow(InvalidTransitionError);
      expect(() => transition(status, action)).toThrow(expect.objectContaining({ status, action }));
    }
  });

  it('resubmits to the status the supplement was requested from', () => {
    for (const resumeTo of [S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS]) {
      expect(transition(S.SUPPLEMENT_REQUESTED, A.RESUBMIT, { resumeTo })).toBe(resumeTo);
    }
    expect(SUPPLEMENT_RESUME_STATUSES).toEqual([S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS]);
    expect(transition(S.SUPPLEMENT_REQUESTED, A.RESUBMIT, { resumeTo: null })).toBe(S.SUBMITTED);
    expect(() => transition(S.SUPPLEMENT_REQUESTED, A.RESUBMIT, { resumeTo: S.COMPLETED })).toThrow(
      RangeError,
    );
    // resumeTo only matters to RESUBMIT.
    expect(transition(S.SUBMITTED, A.RECEIVE, { resumeTo: S.IN_PROGRESS })).toBe(S.RECEIVED);
    expect(() => transition(S.IN_PROGRESS, A.RESUBMIT, { resumeTo: S.IN_PROGRESS })).toThrow(
      InvalidTransitionError,
    );
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
    expect(availableActions(S.SUPPLEMENT_REQUESTED, Role.OFFICER)).toEqual([A.REJECT]);
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
