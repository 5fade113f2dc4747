import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DOSSIER_STATUS_LABELS, DOSSIER_STATUS_TONES, DossierStatus } from '@dvc/shared/domain';
import type { Lang } from '../i18n/dictionaries';
import { I18nService } from '../i18n/i18n.service';

export function statusLabel(status: string, lang: Lang): string {
  return DOSSIER_STATUS_LABELS[status as DossierStatus]?.[lang] ?? status;
}

/** The global badge class for a status (`.badge--success` …; neutral is the plain badge). */
export function statusBadgeClass(status: string): string {
  const tone = DOSSIER_STATUS_TONES[status as DossierStatus] ?? 'neutral';
  return tone === 'neutral' ? 'badge' : `badge badge--${tone}`;
}

/** Trạng thái as a coloured badge (labels and tones from the shared status enum). */
@Component({
  selector: 'app-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="badgeClass()" [attr.data-status]="status()">{{ label() }}</span>`,
})
export class StatusBadgeComponent {
  private readonly i18n = inject(I18nService);
  readonly status = input.required<string>();
  protected readonly badgeClass = computed(() => statusBadgeClass(this.status()));
  protected readonly label = computed(() => statusLabel(this.status(), this.i18n.lang()));
}
