import { ApiScope } from '@dvc/shared/domain';

const { CATALOG_READ, CATALOG_WRITE, DOSSIERS_PROCESS, DOSSIERS_READ } = ApiScope;

const CATALOG_MUTATIONS = [
  'createAgency',
  'updateAgency',
  'deactivateAgency',
  'createSector',
  'updateSector',
  'deactivateSector',
  'createService',
  'updateService',
  'deactivateService',
  'createDocumentComponent',
  'updateDocumentComponent',
  'deactivateDocumentComponent',
  'createFormField',
  'updateFormField',
  'deactivateFormField',
  'uploadComponentTemplate',
  'removeComponentTemplate',
];

/**
 * The only operations an API token may call, each with the scopes that open it (any one suffices).
 * Keys are those of the access snapshot ("Query services", "REST GET /files/:id"). Deny by default:
 * an operation missing here (a new one, or a renamed one) is FORBIDDEN to every token, whatever its
 * @Public()/@Roles() say, so a token never reaches account, citizen or admin operations by accident.
 * One map rather than a decorator per resolver: the whole surface integrators get is reviewed here.
 */
export const TOKEN_SCOPES: Readonly<Record<string, readonly ApiScope[]>> = {
  'Query services': [CATALOG_READ],
  'Query service': [CATALOG_READ],
  'Query serviceByCode': [CATALOG_READ],
  'Query agencies': [CATALOG_READ],
  'Query sectors': [CATALOG_READ],
  'REST GET /files/templates/:componentId': [CATALOG_READ],
  'Query agencyDossiers': [DOSSIERS_READ],
  'Query dossier': [DOSSIERS_READ],
  'REST GET /files/:id': [DOSSIERS_READ],
  'REST GET /files/declarations/:dossierId/:componentId': [DOSSIERS_READ],
  'Mutation receiveDossier': [DOSSIERS_PROCESS],
  'Mutation startProcessing': [DOSSIERS_PROCESS],
  'Mutation requestSupplement': [DOSSIERS_PROCESS],
  'Mutation completeDossier': [DOSSIERS_PROCESS],
  'Mutation rejectDossier': [DOSSIERS_PROCESS],
  ...Object.fromEntries(CATALOG_MUTATIONS.map((name) => [`Mutation ${name}`, [CATALOG_WRITE]])),
};

/** May a token with these scopes call this operation? */
export function tokenMayCall(operation: string, scopes: readonly ApiScope[]): boolean {
  return (TOKEN_SCOPES[operation] ?? []).some((scope) => scopes.includes(scope));
}
