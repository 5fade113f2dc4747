import { Logger } from '@nestjs/common';

/**
 * Deletes expired rows now and then, from inside a request that writes such rows: with probability
 * `chance`, `purge` runs in the background and a failure is only logged. The one helper for these
 * request-time clean-ups until a scheduled job (run once across instances) takes them over.
 */
export function purgeOccasionally(
  chance: number,
  purge: () => Promise<unknown>,
  logger: Logger,
  what: string,
  random: () => number = Math.random,
): void {
  if (random() >= chance) return;
  purge().catch((error: unknown) => {
    logger.warn(`Could not purge ${what}: ${(error as Error).message}`);
  });
}
