/**
 * What an API client (an integrator's system) may do, granted by an administrator. The list is fixed:
 * the API's guard maps each GraphQL operation to the scopes that open it (common/auth/token-scopes.ts).
 */
export const ApiScope = {
  CATALOG_READ: 'catalog:read',
  DOSSIERS_READ: 'dossiers:read',
  DOSSIERS_PROCESS: 'dossiers:process',
  CATALOG_WRITE: 'catalog:write',
} as const;

export type ApiScope = (typeof ApiScope)[keyof typeof ApiScope];

export const API_SCOPES: readonly ApiScope[] = Object.values(ApiScope);

/** Scopes about the dossiers addressed to an agency: only a client of one agency may hold them. */
export const AGENCY_SCOPES: readonly ApiScope[] = [ApiScope.DOSSIERS_READ, ApiScope.DOSSIERS_PROCESS];

/** Scopes that change the whole catalog: only a client of the whole portal may hold them. */
export const PORTAL_SCOPES: readonly ApiScope[] = [ApiScope.CATALOG_WRITE];

/** A client may hold this many usable tokens at once: one in use and its replacement (rotation). */
export const MAX_ACTIVE_TOKENS = 2;

/** Events a webhook may subscribe to. */
export const WebhookEvent = {
  DOSSIER_SUBMITTED: 'dossier.submitted',
  DOSSIER_RESUBMITTED: 'dossier.resubmitted',
  DOSSIER_STATUS_CHANGED: 'dossier.status_changed',
  DOSSIER_COMPLETED: 'dossier.completed',
  CATALOG_CHANGED: 'catalog.changed',
} as const;

export type WebhookEvent = (typeof WebhookEvent)[keyof typeof WebhookEvent];

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = Object.values(WebhookEvent);

/** The scopes that let a client hear an event: dossier events need a dossier scope, catalog ones a catalog scope. */
export function scopesForEvent(event: WebhookEvent): readonly ApiScope[] {
  return event === WebhookEvent.CATALOG_CHANGED
    ? [ApiScope.CATALOG_READ, ApiScope.CATALOG_WRITE]
    : [ApiScope.DOSSIERS_READ, ApiScope.DOSSIERS_PROCESS];
}
