import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

/** /can-bo/thong-ke — an officer's own agency, per procedure (the API answers for their agency only). */
@Component({
  selector: 'app-officer-statistics-page',
  imports: [TranslatePipe, PageHeaderComponent, StatisticsDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section class="container page">
    <app-page-header
      [heading]="'admin.statistics.officerTitle' | t"
      [intro]="'admin.statistics.officerIntro' | t"
    />
    <app-statistics-dashboard mode="staff" [byProcedure]="true" />
  </section>`,
})
export class OfficerStatisticsPage {}
