import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

/** /quan-tri — the administrators' dashboard: statistics of every agency. */
@Component({
  selector: 'app-admin-statistics-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, StatisticsDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section class="container page">
    <app-page-header
      [heading]="'admin.statistics.adminTitle' | t"
      [intro]="'admin.statistics.adminIntro' | t"
    >
      <nav pageActions class="admin-links" [attr.aria-label]="'shell.nav.admin' | t">
        <a class="btn" routerLink="/quan-tri/danh-muc">{{ 'admin.catalog.title' | t }}</a>
        <a class="btn" routerLink="/quan-tri/tai-khoan">{{ 'admin.accounts.title' | t }}</a>
        <a class="btn" routerLink="/quan-tri/nhat-ky">{{ 'admin.audit.title' | t }}</a>
        <a class="btn" routerLink="/quan-tri/tich-hop">{{ 'integration.admin.title' | t }}</a>
      </nav>
    </app-page-header>
    <app-statistics-dashboard mode="staff" />
  </section>`,
})
export class AdminStatisticsPage {}
