import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Crumb, PageHeaderComponent } from '../../core/ui/page-header.component';

/** The frame of a short account page: a narrow column with the page header, then one card. */
@Component({
  selector: 'app-account-card',
  imports: [PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <section class="container page page--narrow">
      <app-page-header [heading]="heading()" [intro]="intro()" [crumbs]="crumbs()" />
      <div class="card"><ng-content /></div>
    </section>
  `,
})
export class AccountCardComponent {
  /** Translated texts of the heading and the line under it. */
  readonly heading = input.required<string>();
  readonly intro = input('');
  readonly crumbs = input<readonly Crumb[]>([]);
}
