import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Above a console list: the search box (diacritics-insensitive, as typed) and the "add" button. */
@Component({
  selector: 'app-catalog-list-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bar {
      display: flex;
      gap: 1rem;
      align-items: flex-end;
      flex-wrap: wrap;
    }
    .bar .field {
      flex: 1 1 16rem;
      margin: 0;
    }
  `,
  template: `
    <div class="bar" role="search">
      <div class="field">
        <label class="field__label" [attr.for]="name() + '-search'">{{ searchLabel() | t }}</label>
        <input
          class="input"
          type="search"
          [id]="name() + '-search'"
          [attr.data-testid]="name() + '-search'"
          [value]="search()"
          (input)="searchChange.emit($any($event.target).value)"
        />
      </div>
      <button
        type="button"
        class="btn btn--primary"
        [attr.data-testid]="name() + '-add'"
        (click)="create.emit()"
      >
        {{ addLabel() | t }}
      </button>
    </div>
  `,
})
export class CatalogListBarComponent {
  readonly name = input.required<string>();
  readonly search = input('');
  readonly searchLabel = input.required<string>();
  readonly addLabel = input.required<string>();
  readonly searchChange = output<string>();
  readonly create = output<void>();
}

/** Below a console list: previous / page x of y / next. */
@Component({
  selector: 'app-catalog-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="'catalogAdmin.common.pages' | t">
        <button type="button" class="btn" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          {{ 'catalogAdmin.common.previous' | t }}
        </button>
        <span aria-live="polite">{{
          'catalogAdmin.common.pageOf' | t: { page: page(), pages: pages() }
        }}</span>
        <button
          type="button"
          class="btn"
          [disabled]="page() >= pages()"
          (click)="pageChange.emit(page() + 1)"
        >
          {{ 'catalogAdmin.common.next' | t }}
        </button>
      </nav>
    }
  `,
})
export class CatalogPagerComponent {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();
}
