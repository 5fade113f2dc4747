/** The dossier counts, the same in the sums and in the figures. */
interface DossierCounts {
  received: number;
  inProgress: number;
  completedOnTime: number;
  completedLate: number;
  rejected: number;
  supplementRequests: number;
}

/**
 * Sums as the SQL returns them, per (agency, procedure); averages and shares are derived only at the
 * end, so that an agency's figures are weighted by its procedures' counts (never averages of averages).
 */
export interface FigureSums extends DossierCounts {
  workingDaysSum: number;
  workingDaysCount: number;
  ratingSum: number;
  ratingCount: number;
}

export interface Figures extends DossierCounts {
  /** Average processing time of completed dossiers, in working days (1 decimal); null if none. */
  averageProcessingDays: number | null;
  /** Completed on time ÷ completed, 0..1 (3 decimals); null if none completed. */
  onTimeRate: number | null;
  /** 1..5 (2 decimals); null without ratings. */
  averageRating: number | null;
  ratingCount: number;
}

export const emptySums = (): FigureSums => ({
  received: 0,
  inProgress: 0,
  completedOnTime: 0,
  completedLate: 0,
  rejected: 0,
  supplementRequests: 0,
  workingDaysSum: 0,
  workingDaysCount: 0,
  ratingSum: 0,
  ratingCount: 0,
});

export function addSums(into: FigureSums, more: Partial<FigureSums>): FigureSums {
  for (const key of Object.keys(into) as (keyof FigureSums)[]) into[key] += Number(more[key] ?? 0);
  return into;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function toFigures(s: FigureSums): Figures {
  const { workingDaysSum, workingDaysCount, ratingSum, ratingCount, ...counts } = s;
  const completed = s.completedOnTime + s.completedLate;
  return {
    ...counts,
    averageProcessingDays: workingDaysCount ? round(workingDaysSum / workingDaysCount, 1) : null,
    onTimeRate: completed ? round(s.completedOnTime / completed, 3) : null,
    averageRating: ratingCount ? round(ratingSum / ratingCount, 2) : null,
    ratingCount,
  };
}
