import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { statusBadgeClass, statusLabel } from '../model/dossier-format';

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
