import { addWorkingDays, DossierAction, DossierStatus, dueDateAfterPause } from '@dvc/shared/domain';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How many demo dossiers the statistics page shows, spread over the last 90 days. */
export const DEMO_STATISTICS_COUNT = 300;

/** Deterministic ids: a second run finds them and adds nothing. */
export const demoStatisticsId = (n: number) => `57a7d000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface PlannedStep {
  action: DossierAction;
  from: DossierStatus;
  to: DossierStatus;
  at: Date;
  byOfficer: boolean;
}

export interface PlannedDossier {
  n: number;
  submittedAt: Date;
  status: DossierStatus;
  dueDate: Date | null;
  steps: PlannedStep[];
  /** resolvedAt null: still open. */
  supplement: { requestedAt: Date; resolvedAt: Date | null } | null;
  finishedAt: Date | null;
  rating: number | null;
}

/** A small deterministic generator (mulberry32): the same demo data on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The life of demo dossier `n`: sent 1–90 days ago at office hours; most completed (about one in five
 * late), some rejected, some with a supplement request, the rest still open; half of the completed
 * ones rated. Nothing finishes in the future: a dossier whose end would be later stays in progress.
 */
export function planDemoDossier(n: number, processingDays: number, now: Date): PlannedDossier {
  const rnd = random(n * 7919);
  const days = Math.max(1, processingDays);
  const submittedAt = new Date(
    now.getTime() - (1 + Math.floor(rnd() * 90)) * DAY_MS - Math.floor(rnd() * 8) * HOUR_MS,
  );
  const steps: PlannedStep[] = [];
  let status: DossierStatus = DossierStatus.SUBMITTED;
  steps.push({
    action: DossierAction.SUBMIT,
    from: DossierStatus.DRAFT,
    to: status,
    at: submittedAt,
    byOfficer: false,
  });
  const step = (action: DossierAction, to: DossierStatus, at: Date) => {
    if (at.getTime() > now.getTime()) return false;
    steps.push({ action, from: status, to, at, byOfficer: true });
    status = to;
    return true;
  };
  const plan: PlannedDossier = {
    n,
    submittedAt,
    status,
    dueDate: null,
    steps,
    supplement: null,
    finishedAt: null,
    rating: null,
  };
  const receivedAt = new Date(submittedAt.getTime() + (1 + Math.floor(rnd() * 20)) * HOUR_MS);
  const fate = rnd();
  if (fate < 0.08) {
    // Rejected at intake: not a dossier this agency can handle.
    if (step(DossierAction.REJECT, DossierStatus.REJECTED, receivedAt)) plan.finishedAt = receivedAt;
    return finish(plan, status);
  }
  if (!step(DossierAction.RECEIVE, DossierStatus.RECEIVED, receivedAt)) return finish(plan, status);
  let dueDate = addWorkingDays(receivedAt, days);
  const startedAt = new Date(receivedAt.getTime() + 2 * HOUR_MS);
  if (!step(DossierAction.START_PROCESSING, DossierStatus.IN_PROGRESS, startedAt))
    return finish(plan, status, dueDate);
  let clock = startedAt;
  if (rnd() < 0.15) {
    const requestedAt = addWorkingDays(startedAt, 1);
    const resolvedAt = new Date(requestedAt.getTime() + (1 + Math.floor(rnd() * 4)) * DAY_MS);
    if (!step(DossierAction.REQUEST_SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED, requestedAt)) {
      return finish(plan, status, dueDate);
    }
    if (resolvedAt.getTime() > now.getTime()) {
      plan.supplement = { requestedAt, resolvedAt: null };
      return finish(plan, status, dueDate);
    }
    steps.push({
      action: DossierAction.RESUBMIT,
      from: status,
      to: DossierStatus.IN_PROGRESS,
      at: resolvedAt,
      byOfficer: false,
    });
    status = DossierStatus.IN_PROGRESS;
    // The clock stood still while the citizen supplemented (same rule as DossierTransitions).
    dueDate = dueDateAfterPause(dueDate, requestedAt, resolvedAt) as Date;
    plan.supplement = { requestedAt, resolvedAt };
    clock = resolvedAt;
  }
  const late = rnd() < 0.2;
  const used = late
    ? days + 1 + Math.floor(rnd() * 3)
    : Math.max(1, days - Math.floor(rnd() * Math.min(days, 4)));
  const finishedAt = addWorkingDays(receivedAt, used);
  const end = finishedAt.getTime() < clock.getTime() ? new Date(clock.getTime() + HOUR_MS) : finishedAt;
  if (rnd() < 0.05) {
    if (step(DossierAction.REJECT, DossierStatus.REJECTED, end)) plan.finishedAt = end;
  } else if (step(DossierAction.COMPLETE, DossierStatus.COMPLETED, end)) {
    plan.finishedAt = end;
    if (rnd() < 0.5) plan.rating = late ? 2 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 3);
  }
  return finish(plan, status, dueDate);
}

function finish(plan: PlannedDossier, status: DossierStatus, dueDate: Date | null = null): PlannedDossier {
  return { ...plan, status, dueDate };
}
