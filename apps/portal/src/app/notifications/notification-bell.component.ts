import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  HostListener,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { AuthStore } from '../core/auth/auth.store';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { badgeText } from './bell-state';
import { NotificationPanelComponent } from './notification-panel.component';
import { NotificationsStore } from './notifications.store';

/**
 * Thông báo in the top bar: the unread count (announced politely when it changes) and, on demand,
 * the panel with the latest items (a deferred chunk). Shown to logged-in users only.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [TranslatePipe, NotificationPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.scss',
})
export class NotificationBellComponent {
  protected readonly store = inject(NotificationsStore);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18nService);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly document = inject(DOCUMENT);
  private readonly button = viewChild.required<ElementRef<HTMLButtonElement>>('button');
  protected readonly open = signal(false);
  protected readonly unread = computed(() => this.store.state().unread);
  protected readonly badge = computed(() => badgeText(this.unread()));
  protected readonly label = computed(() =>
    this.i18n.t(this.unread() ? 'notifications.bell.labelUnread' : 'notifications.bell.label', {
      count: this.unread(),
    }),
  );
  protected readonly officer = computed(() => this.auth.user()?.role === 'OFFICER');

  protected toggle(): void {
    this.open.update((o) => !o);
    if (this.open()) void this.store.refresh();
  }

  protected opened(id: string): void {
    this.open.set(false);
    void this.store.markRead(id);
  }

  @HostListener('keydown.escape')
  protected onEscape(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.button().nativeElement.focus();
  }

  /** A click or focus outside closes the panel. */
  @HostListener('document:click', ['$event'])
  @HostListener('document:focusin', ['$event'])
  protected onOutside(event: Event): void {
    if (
      this.open() &&
      !this.host.nativeElement.contains(event.target as Node) &&
      this.document.body.contains(event.target as Node)
    )
      this.open.set(false);
  }
}
