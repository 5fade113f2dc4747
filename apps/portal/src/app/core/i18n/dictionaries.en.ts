import enCore from '../../../i18n/en/core.json';
import enNotifications from '../../../i18n/en/notifications.json';
import enShell from '../../../i18n/en/shell.json';
import type { Dictionary } from './dictionaries';

/** The shell's English text (see SHELL_VI), loaded the first time a user switches language. */
export const EN_SHELL: Dictionary = { core: enCore, shell: enShell, notifications: enNotifications };
