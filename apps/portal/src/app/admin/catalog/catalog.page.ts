import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PageHeaderComponent } from '../../core/ui/page-header.component';

/** /quan-tri/danh-muc — the catalog console: agencies (tree), sectors and procedures, one tab each. */
@Component({
  selector: 'app-catalog-admin-page',
  imports: [TranslatePipe, RouterLink, RouterLinkActive, RouterOutlet, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="container page">
      <app-page-header [heading]="'catalogAdmin.title' | t" [intro]="'catalogAdmin.intro' | t" />
      <nav class="tabs" [attr.aria-label]="'catalogAdmin.tabs' | t">
        @for (tab of tabs; track tab.path) {
          <a
            class="tabs__tab"
            [routerLink]="tab.path"
            routerLinkActive="tabs__tab--active"
            ariaCurrentWhenActive="page"
            [attr.data-testid]="'tab-' + tab.path"
            >{{ tab.label | t }}</a
          >
        }
      </nav>
      <router-outlet />
    </section>
  `,
})
export class CatalogPage {
  protected readonly tabs = [
    { path: 'co-quan', label: 'catalogAdmin.tabAgencies' },
    { path: 'linh-vuc', label: 'catalogAdmin.tabSectors' },
    { path: 'thu-tuc', label: 'catalogAdmin.tabProcedures' },
  ];
}
