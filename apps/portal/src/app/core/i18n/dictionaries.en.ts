import enAccount from '../../../i18n/en/account.json';
import enCatalog from '../../../i18n/en/catalog.json';
import enCore from '../../../i18n/en/core.json';
import enDossiers from '../../../i18n/en/dossiers.json';
import enNotifications from '../../../i18n/en/notifications.json';
import enOfficer from '../../../i18n/en/officer.json';
import enIntegration from '../../../i18n/en/integration.json';
import enAdmin from '../../../i18n/en/admin.json';
import type { Dictionary } from './dictionaries';

/** English, loaded lazily the first time a user switches language. */
export const EN: Dictionary = {
  core: enCore,
  account: enAccount,
  catalog: enCatalog,
  dossiers: enDossiers,
  officer: enOfficer,
  notifications: enNotifications,
  integration: enIntegration,
  admin: enAdmin,
};
