import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';
import { StatisticsDashboardComponent } from './statistics-dashboard.component';

/**
 * A statistics page, set up by its route's `data` (bound to the inputs): /thong-ke, the public
 * figures per agency (no personal data, as national portals publish them), and /can-bo/thong-ke,
 * an officer's own agency per procedure (the API answers for their agency only).
 */
@Component({
  selector: 'app-statistics-page',
  imports: [TranslatePipe, PageHeaderComponent, StatisticsDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section class="container page">
    <app-page-header [heading]="heading() | t" [intro]="intro() | t" />
    <app-statistics-dashboard [mode]="mode()" [byProcedure]="byProcedure()" />
  </section>`,
})
export class StatisticsPage {
  /** Translation keys of the page's heading and introduction. */
  readonly heading = input.required<string>();
  readonly intro = input.required<string>();
  readonly mode = input.required<'staff' | 'public'>();
  /** Required too: the router's input binding sets an input missing from `data` to undefined. */
  readonly byProcedure = input.required<boolean>();
}
