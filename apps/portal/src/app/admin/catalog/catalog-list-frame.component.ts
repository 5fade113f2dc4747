import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CatalogListBarComponent, CatalogPagerComponent } from './catalog-list-bar.component';
import { CatalogTableComponent } from './catalog-table.component';

/** What a list shows: loading, the load's error, or the rows. */
export type CatalogListStatus = { status: 'loading' | 'ready' } | { status: 'error'; message: string };

/**
 * A console list: search box and "add" button, whatever the page puts above the list (`[frameTop]`:
 * messages, the form), then loading / error / "n found" (announced), the table with the projected
 * rows (empty state included) and the pager. Texts come from `catalogAdmin.<entity>.search|add|caption`;
 * test ids and the search box's id from `name` (`<name>-search`, `<name>-add`, `<name>-table`).
 */
@Component({
  selector: 'app-catalog-list-frame',
  imports: [TranslatePipe, CatalogListBarComponent, CatalogPagerComponent, CatalogTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <app-catalog-list-bar
      [name]="name()"
      [search]="search()"
      [searchLabel]="'catalogAdmin.' + entity() + '.search'"
      [addLabel]="'catalogAdmin.' + entity() + '.add'"
      (searchChange)="searchChange.emit($event)"
      (create)="create.emit()"
    />
    <ng-content select="[frameTop]" />
    @switch (state().status) {
      @case ('loading') {
        <p class="loading" role="status">
          <span class="spinner" aria-hidden="true"></span> {{ 'catalogAdmin.common.loading' | t }}
        </p>
      }
      @case ('error') {
        <div class="alert alert--error" role="alert">{{ $any(state()).message }}</div>
      }
      @default {
        <p role="status" aria-live="polite">{{ 'catalogAdmin.common.found' | t: { count: count() } }}</p>
        <app-catalog-table
          [testId]="name() + '-table'"
          [caption]="'catalogAdmin.' + entity() + '.caption'"
          [columns]="columns()"
          [empty]="empty()"
        >
          <ng-content />
        </app-catalog-table>
        <app-catalog-pager [page]="page()" [pages]="pages()" (pageChange)="pageChange.emit($event)" />
      }
    }
  `,
})
export class CatalogListFrameComponent {
  /** Plural, for ids and test ids: `agencies`. */
  readonly name = input.required<string>();
  /** Singular, for the i18n keys: `agency`. */
  readonly entity = input.required<string>();
  readonly search = input('');
  readonly state = input.required<CatalogListStatus>();
  /** How many match the search (all pages). */
  readonly count = input.required<number>();
  /** i18n keys of the column headers. */
  readonly columns = input.required<readonly string[]>();
  /** This page has no rows. */
  readonly empty = input.required<boolean>();
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly searchChange = output<string>();
  readonly create = output<void>();
  readonly pageChange = output<number>();
}
