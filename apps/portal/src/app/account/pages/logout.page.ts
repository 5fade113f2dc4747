import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../../core/auth/auth.store';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';

/** Đăng xuất: ends the session on the server, then offers the way home or back to log in. */
@Component({
  selector: 'app-logout-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../account-page.scss',
  template: `
    <section class="container page page--narrow">
      <app-page-header [heading]="'account.logout.title' | t" />
      <div class="card">
        @if (done()) {
          <p class="alert alert--success" role="status" data-testid="logout-done">
            {{ 'account.logout.done' | t }}
          </p>
          <div class="actions">
            <a routerLink="/" class="btn btn--primary">{{ 'account.logout.home' | t }}</a>
            <a routerLink="/dang-nhap" class="btn">{{ 'account.logout.login' | t }}</a>
          </div>
        } @else {
          <p class="loading">
            <span class="spinner" aria-hidden="true"></span> {{ 'account.logout.working' | t }}
          </p>
        }
      </div>
    </section>
  `,
})
export class LogoutPage implements OnInit {
  private readonly auth = inject(AuthStore);
  protected readonly done = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      await this.auth.logout();
    } finally {
      this.done.set(true);
    }
  }
}
