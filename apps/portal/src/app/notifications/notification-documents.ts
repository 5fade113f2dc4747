/**
 * The bell's GraphQL documents, loaded with a dynamic import: the generated module holds every
 * document of the portal, and a static import from the header would put all of it in the initial
 * bundle (see core/auth/session-documents.ts).
 */
export {
  LatestNotificationsDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
} from '@dvc/portal/data-access';
