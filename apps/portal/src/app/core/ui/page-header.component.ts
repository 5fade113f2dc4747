import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

/** One step of the breadcrumb above a page: a translation key or a text (e.g. a service name). */
export interface Crumb {
  key?: string;
  text?: string;
  link: string | readonly (string | number)[];
}

/**
 * The header every page shares: a breadcrumb from Trang chủ (collapsed to a back link on phones),
 * the page's one h1, an optional intro, details projected under the heading and actions
 * (`[pageActions]`) on the right.
 */
@Component({
  selector: 'app-page-header',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="crumbs" [attr.aria-label]="'core.breadcrumb.label' | t" data-testid="breadcrumb">
      <ol class="crumbs__list">
        <li class="crumbs__item" [class.crumbs__item--parent]="crumbs().length === 0">
          <a routerLink="/">{{ 'core.nav.home' | t }}</a>
        </li>
        @for (c of crumbs(); track $index) {
          <li class="crumbs__item" [class.crumbs__item--parent]="$last">
            <a [routerLink]="c.link">{{ c.text ?? (c.key ?? '' | t) }}</a>
          </li>
        }
        @if (current() || heading()) {
          <li class="crumbs__item crumbs__item--current" aria-current="page">
            {{ current() || heading() }}
          </li>
        }
      </ol>
    </nav>
    <div class="page-header__row">
      <div class="page-header__text">
        @if (heading()) {
          <h1 class="page-header__title">{{ heading() }}</h1>
        }
        @if (intro()) {
          <p class="page-header__intro">{{ intro() }}</p>
        }
        <ng-content />
      </div>
      <div class="page-header__actions"><ng-content select="[pageActions]" /></div>
    </div>
  `,
  host: { class: 'page-header' },
})
export class PageHeaderComponent {
  /** The page's h1 (already translated); none while the page does not know it yet. */
  readonly heading = input('');
  readonly intro = input('');
  /** Steps between Trang chủ and this page. */
  readonly crumbs = input<readonly Crumb[]>([]);
  /** The breadcrumb's last step when it should differ from the heading. */
  readonly current = input('');
}
