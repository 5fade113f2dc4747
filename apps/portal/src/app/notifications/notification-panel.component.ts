import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatDateTime } from '@dvc/shared/domain';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { NotificationsStore } from './notifications.store';

/**
 * The bell's panel: the latest notifications, each linking to its dossier, and "mark all read".
 * Loaded with `@defer` the first time the bell opens, so the header only carries the button.
 */
@Component({
  selector: 'app-notification-panel',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-panel.component.html',
  styleUrl: './notification-panel.component.scss',
})
export class NotificationPanelComponent {
  protected readonly store = inject(NotificationsStore);
  /** Officers open a dossier in the back office, citizens in Hồ sơ đã đăng ký. */
  readonly officer = input(false);
  readonly picked = output<string>();

  protected link(dossierId: string): string[] {
    return this.officer() ? ['/can-bo', dossierId] : ['/ho-so-ca-nhan/ho-so', dossierId];
  }

  protected when(at: string): string {
    return formatDateTime(at);
  }
}
