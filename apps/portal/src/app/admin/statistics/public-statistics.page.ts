import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

/** /thong-ke — public figures per agency (no personal data), as national portals publish them. */
@Component({
  selector: 'app-public-statistics-page',
  imports: [TranslatePipe, PageHeaderComponent, StatisticsDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section class="container page">
    <app-page-header
      [heading]="'admin.statistics.publicTitle' | t"
      [intro]="'admin.statistics.publicIntro' | t"
    />
    <app-statistics-dashboard mode="public" />
  </section>`,
})
export class PublicStatisticsPage {}
