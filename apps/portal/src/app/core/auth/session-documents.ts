/**
 * The session's GraphQL documents, for AuthStore to load on first use (a dynamic import of this
 * file): the generated module holds every document of the portal, and a static import from the
 * shell would put all of it in the initial bundle. Every page needs it anyway, so it arrives with
 * the first page's own code.
 */
export { LogoutDocument, MeDocument } from '@dvc/portal/data-access';
