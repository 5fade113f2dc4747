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
import { NavigationStart, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AuthStore } from '../auth/auth.store';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LanguageSwitchComponent } from './language-switch.component';
import { UserMenuComponent } from './user-menu.component';
import { NotificationBellComponent } from '../../notifications/notification-bell.component';

/** One link of the main menu; `role` shows it to that role only. */
interface NavItem {
  link: string;
  /** Translation key (core/shell text, in the initial bundle). */
  label: string;
  testId?: string;
  /** Active on this exact address only (the home page). */
  exact?: boolean;
  role?: 'OFFICER' | 'ADMIN';
}

const NAV: readonly NavItem[] = [
  { link: '/', label: 'core.nav.home', exact: true },
  { link: '/dich-vu-cong', label: 'core.nav.services', testId: 'nav-services' },
  { link: '/tra-cuu-ho-so', label: 'core.nav.lookup' },
  { link: '/can-bo', label: 'shell.nav.officer', testId: 'nav-officer', role: 'OFFICER' },
  {
    link: '/can-bo/thong-ke',
    label: 'shell.nav.officerStatistics',
    testId: 'nav-officer-statistics',
    role: 'OFFICER',
  },
  { link: '/quan-tri', label: 'shell.nav.admin', testId: 'nav-admin', role: 'ADMIN' },
  { link: '/thong-ke', label: 'shell.nav.statistics', testId: 'nav-statistics' },
];

/** The top bar's links for a visitor who is not logged in, a bar between them. */
const GUEST_LINKS = [
  { link: '/dang-ky', label: 'core.auth.register', testId: 'nav-register' },
  { link: '/dang-nhap', label: 'core.auth.login', testId: 'nav-login' },
] as const;

@Component({
  selector: 'app-header',
  imports: [
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    LanguageSwitchComponent,
    UserMenuComponent,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.component.html',
  styleUrl: './header.component.scss',
})
export class HeaderComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly menuOpen = signal(false);
  protected readonly guestLinks = GUEST_LINKS;
  /** The main menu for who is logged in (officers and admins get their own pages). */
  protected readonly nav = computed(() => {
    const role = this.auth.user()?.role;
    return NAV.filter((item) => !item.role || item.role === role);
  });
  private readonly menuToggle = viewChild.required<ElementRef<HTMLButtonElement>>('menuToggle');

  constructor() {
    // Close the mobile menu when a navigation starts (a link in it was followed). Not when one ends:
    // on a slow phone the first page can still be loading when the menu is opened.
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /** Esc closes the phone menu and returns to its button. */
  @HostListener('keydown.escape')
  protected onEscape(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuToggle().nativeElement.focus();
  }
}
