import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Leaving a page with unsaved changes asks first (the page also guards reloads and tab closes). */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) => {
  if (!page?.hasUnsavedChanges()) return true;
  return window.confirm(inject(I18nService).t('dossiers.form.leaveConfirm'));
};
