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
    />
    <app-statistics-dashboard mode="staff" />
  </section>`,
})
export class AdminStatisticsPage {}
