import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { AdminPagedList } from './admin-paging';
import { CatalogTableComponent } from './catalog/catalog-table.component';

/**
 * An admin list (accounts, audit log) below its search form, for the page's `adminPagedList`:
 * loading, the load's error, or a card with the console table (visible caption, column headers, the
 * rows the page projects, an "empty" row when there are none) and the pager (previous / "page /
 * pages" / next). Texts come from `<texts>.loading|loadError|tableCaption|empty`, e.g. `admin.accounts`.
 */
@Component({
  selector: 'app-admin-list',
  imports: [TranslatePipe, CatalogTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @switch (list().state().status) {
      @case ('loading') {
        <p class="loading" role="status">{{ texts() + '.loading' | t }}</p>
      }
      @case ('error') {
        <p class="alert alert--error" role="alert">{{ texts() + '.loadError' | t }}</p>
      }
      @default {
        <div class="card">
          <app-catalog-table
            [testId]="testId()"
            [caption]="texts() + '.tableCaption'"
            [captionShown]="true"
            [columns]="columns()"
            [empty]="!list().items().length"
            [emptyText]="texts() + '.empty'"
          >
            <ng-content />
          </app-catalog-table>
          <nav class="pager" [attr.aria-label]="'admin.pager.pages' | t">
            <button type="button" class="btn" [disabled]="page() <= 1" (click)="list().goTo(page() - 1)">
              {{ 'admin.pager.previous' | t }}
            </button>
            <span>{{ page() }} / {{ list().pages() }}</span>
            <button
              type="button"
              class="btn"
              [disabled]="page() >= list().pages()"
              (click)="list().goTo(page() + 1)"
            >
              {{ 'admin.pager.next' | t }}
            </button>
          </nav>
        </div>
      }
    }
  `,
})
export class AdminListComponent {
  /** The i18n prefix of the list's texts. */
  readonly texts = input.required<string>();
  readonly testId = input.required<string>();
  /** i18n keys of the column headers. */
  readonly columns = input.required<readonly string[]>();
  /** The page's paged query (`adminPagedList`). */
  readonly list = input.required<AdminPagedList<unknown>>();
  protected readonly page = computed(() => this.list().query().page);
}
