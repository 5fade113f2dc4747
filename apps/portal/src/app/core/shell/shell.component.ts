import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationCancellationCode,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FooterComponent } from './footer.component';
import { HeaderComponent } from './header.component';

/** Below this a navigation feels instant and shows no progress bar. */
const PROGRESS_DELAY_MS = 200;

@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, HeaderComponent, FooterComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'core.skipToContent' | t }}</a>
    <app-header />
    <main id="main" class="main" tabindex="-1">
      <!-- Inside main (drawn fixed at the top) so that no content sits outside a landmark. -->
      @if (navigating()) {
        <div class="route-progress" role="progressbar" [attr.aria-label]="'core.common.loading' | t"></div>
      }
      @if (failedUrl(); as url) {
        <div class="container">
          <div class="alert alert--error route-error" role="alert" data-testid="navigation-error">
            {{ 'core.common.pageLoadError' | t }}
            <button type="button" class="btn btn--sm" (click)="retry(url)">
              {{ 'core.common.retry' | t }}
            </button>
          </div>
        </div>
      }
      @if (booting()) {
        <div class="loading" role="status" data-testid="page-loading">
          <span class="spinner" aria-hidden="true"></span>
          {{ 'core.common.loading' | t }}
        </div>
      }
      <router-outlet />
    </main>
    <app-footer />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    /* At least a screen high: the footer starts below the fold, so a page that grows as its data
       arrives never pushes a visible footer down (a layout shift, CLS). */
    .main {
      flex: 1;
      min-height: 100vh;
      outline: none;
    }
    .route-progress {
      position: fixed;
      inset: 0 0 auto;
      z-index: 50;
      height: 3px;
      background: linear-gradient(90deg, var(--c-gold), var(--c-accent));
      animation: route-progress 1.2s ease-in-out infinite;
      transform-origin: left;
    }
    @keyframes route-progress {
      0% {
        transform: scaleX(0.05);
      }
      60% {
        transform: scaleX(0.7);
      }
      100% {
        transform: scaleX(0.95);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .route-progress {
        animation: none;
        transform: scaleX(0.6);
      }
    }
    .route-error {
      margin: 1rem 0;
      display: flex;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
    }
  `,
})
export class ShellComponent {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly navigating = signal(false);
  /** A page whose code could not be loaded (offline, or a new version replaced it). */
  protected readonly failedUrl = signal<string | null>(null);
  /**
   * No page yet: the first navigation waits for its code and, behind login/guest guards, for the
   * session (`me`). A slow connection shows a loading state instead of a blank page.
   */
  protected readonly booting = signal(true);
  private path: string | null = null;
  /** Where the focus was when the navigation started. */
  private focusAtStart: Element | null = null;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.router.events.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e instanceof NavigationStart) {
        this.focusAtStart = this.document.activeElement;
        clearTimeout(this.progressTimer);
        this.progressTimer = setTimeout(() => this.navigating.set(true), PROGRESS_DELAY_MS);
        return;
      }
      if (!(e instanceof NavigationEnd || e instanceof NavigationCancel || e instanceof NavigationError))
        return;
      clearTimeout(this.progressTimer);
      this.navigating.set(false);
      // A guard's redirect cancels the first navigation and starts the real one: still booting.
      if (!(e instanceof NavigationCancel && e.code === NavigationCancellationCode.Redirect))
        this.booting.set(false);
      this.failedUrl.set(e instanceof NavigationError ? e.url : null);
      if (e instanceof NavigationEnd) this.focusNewPage(e.urlAfterRedirects);
    });
  }

  protected retry(url: string): void {
    this.failedUrl.set(null);
    void this.router.navigateByUrl(url);
  }

  /**
   * A new page (not just new query parameters): move keyboard and screen-reader focus to its
   * content, as a full page load would, instead of leaving it on a link that may be gone.
   */
  private focusNewPage(url: string): void {
    const next = url.split(/[?#]/)[0];
    if (this.path !== null && next !== this.path) {
      const main = this.document.getElementById('main');
      const active = this.document.activeElement;
      // Leave focus alone when the page already placed it inside its content, or when the user put
      // it elsewhere while the page loaded (say, opened the account menu): taking it would close that.
      const movedByUser = !!active && active !== this.document.body && active !== this.focusAtStart;
      if (!movedByUser && (!active || active === this.document.body || !main?.contains(active)))
        main?.focus({ preventScroll: true });
    }
    this.path = next;
  }
}
