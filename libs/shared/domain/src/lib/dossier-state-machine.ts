import { DossierStatus } from './dossier-status';
import { Role } from './roles';

/**
 * The one dossier state machine. Every status change (citizen or officer) goes through `transition`;
 * EDIT and DELETE are guards that keep the status (DELETE then removes the dossier).
 */
export const DossierAction = {
  // Citizen
  SUBMIT: 'SUBMIT',
  RESUBMIT: 'RESUBMIT',
  DELETE: 'DELETE',
  EDIT: 'EDIT',
  // Officer
  RECEIVE: 'RECEIVE',
  START_PROCESSING: 'START_PROCESSING',
  REQUEST_SUPPLEMENT: 'REQUEST_SUPPLEMENT',
  COMPLETE: 'COMPLETE',
  REJECT: 'REJECT',
} as const;

export type DossierAction = (typeof DossierAction)[keyof typeof DossierAction];

export const DOSSIER_ACTIONS: readonly DossierAction[] = Object.values(DossierAction);

interface Rule {
  from: readonly DossierStatus[];
  /** null: the status stays as it is (EDIT, DELETE). */
  to: DossierStatus | null;
  actor: Role;
}

const S = DossierStatus;
const RULES: Record<DossierAction, Rule> = {
  SUBMIT: { from: [S.DRAFT], to: S.SUBMITTED, actor: Role.CITIZEN },
  // Goes back to the status the supplement was requested from (TransitionContext.resumeTo).
  RESUBMIT: { from: [S.SUPPLEMENT_REQUESTED], to: S.SUBMITTED, actor: Role.CITIZEN },
  DELETE: { from: [S.DRAFT], to: null, actor: Role.CITIZEN },
  EDIT: { from: [S.DRAFT, S.SUPPLEMENT_REQUESTED], to: null, actor: Role.CITIZEN },
  RECEIVE: { from: [S.SUBMITTED], to: S.RECEIVED, actor: Role.OFFICER },
  START_PROCESSING: { from: [S.RECEIVED], to: S.IN_PROGRESS, actor: Role.OFFICER },
  REQUEST_SUPPLEMENT: {
    from: [S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS],
    to: S.SUPPLEMENT_REQUESTED,
    actor: Role.OFFICER,
  },
  COMPLETE: { from: [S.IN_PROGRESS], to: S.COMPLETED, actor: Role.OFFICER },
  // From SUPPLEMENT_REQUESTED too: a citizen who never answers.
  REJECT: {
    from: [S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED],
    to: S.REJECTED,
    actor: Role.OFFICER,
  },
};

/** The statuses a supplement can be requested from, and so the ones a resubmission returns to. */
export const SUPPLEMENT_RESUME_STATUSES: readonly DossierStatus[] = RULES.REQUEST_SUPPLEMENT.from;

/** What a transition needs beyond the status: where a resubmission resumes. */
export interface TransitionContext {
  /**
   * RESUBMIT: the status the dossier had when the supplement was requested. Missing (a request
   * recorded before this rule existed): SUBMITTED, so the agency receives it again.
   */
  resumeTo?: DossierStatus | null;
}

export const DOSSIER_ACTION_LABELS: Record<DossierAction, { vi: string; en: string }> = {
  SUBMIT: { vi: 'Gửi hồ sơ', en: 'Submitted' },
  RESUBMIT: { vi: 'Gửi lại hồ sơ đã bổ sung', en: 'Resubmitted with more documents' },
  DELETE: { vi: 'Xóa hồ sơ', en: 'Deleted' },
  EDIT: { vi: 'Sửa hồ sơ', en: 'Edited' },
  RECEIVE: { vi: 'Tiếp nhận hồ sơ', en: 'Received' },
  START_PROCESSING: { vi: 'Bắt đầu xử lý', en: 'Processing started' },
  REQUEST_SUPPLEMENT: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'More documents requested' },
  COMPLETE: { vi: 'Trả kết quả', en: 'Result issued' },
  REJECT: { vi: 'Từ chối hồ sơ', en: 'Rejected' },
};

/** Thrown for a forbidden (status, action) pair; the API answers INVALID_TRANSITION. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly status: DossierStatus,
    readonly action: DossierAction,
  ) {
    super(`Action ${action} is not allowed on a dossier in status ${status}`);
    this.name = 'InvalidTransitionError';
  }
}

export function canPerform(status: DossierStatus, action: DossierAction): boolean {
  return RULES[action].from.includes(status);
}

/** Who may perform an action (citizens act on their own dossiers, officers on their agency's). */
export function actorOf(action: DossierAction): Role {
  return RULES[action].actor;
}

/** True when the action moves the dossier to another status (and so appends a processing step). */
export function changesStatus(action: DossierAction): boolean {
  return RULES[action].to !== null;
}

/**
 * The status after `action`, or InvalidTransitionError. EDIT and DELETE answer the current status
 * when they are allowed; RESUBMIT answers `context.resumeTo` (see TransitionContext).
 */
export function transition(
  status: DossierStatus,
  action: DossierAction,
  context: TransitionContext = {},
): DossierStatus {
  const rule = RULES[action];
  if (!rule.from.includes(status)) throw new InvalidTransitionError(status, action);
  if (action === DossierAction.RESUBMIT && context.resumeTo) {
    if (!SUPPLEMENT_RESUME_STATUSES.includes(context.resumeTo)) {
      throw new RangeError(`A resubmission cannot resume to ${context.resumeTo}`);
    }
    return context.resumeTo;
  }
  return rule.to ?? status;
}

/** The actions a role may take on a dossier in `status` (drives the buttons the portal shows). */
export function availableActions(status: DossierStatus, role: Role): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => RULES[a].actor === role && RULES[a].from.includes(status));
}

/** The citizen's submission: the first one, or a resubmission after a supplement request. */
export function submitActionFor(status: DossierStatus): DossierAction {
  return status === DossierStatus.SUPPLEMENT_REQUESTED ? DossierAction.RESUBMIT : DossierAction.SUBMIT;
}
