import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * A console table (stacked on narrow screens), for the catalog lists and the admin lists: caption
 * (hidden unless `captionShown`), the column headers, the rows the page projects (`<tr>` elements)
 * and, when there are none, one row with the "empty" text.
 */
@Component({
  selector: 'app-catalog-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <table class="table table--stack" [attr.data-testid]="testId()">
      <caption [class.visually-hidden]="!captionShown()">
        {{
          caption() | t
        }}
      </caption>
      <thead>
        <tr>
          @for (column of columns(); track column) {
            <th scope="col">{{ column | t }}</th>
          }
        </tr>
      </thead>
      <tbody>
        <ng-content />
        @if (empty()) {
          <tr>
            <td class="empty-state" [attr.colspan]="columns().length">{{ emptyText() | t }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class CatalogTableComponent {
  readonly testId = input.required<string>();
  /** i18n keys. */
  readonly caption = input.required<string>();
  readonly captionShown = input(false);
  readonly columns = input.required<readonly string[]>();
  readonly empty = input(false);
  readonly emptyText = input('catalogAdmin.common.empty');
}

/** A row's "edit" and "deactivate / reactivate" buttons, each naming the row for screen readers. */
@Component({
  selector: 'app-catalog-row-actions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <button type="button" class="btn btn--sm" (click)="edit.emit()">
      {{ 'catalogAdmin.common.edit' | t }}<span class="visually-hidden"> {{ label() }}</span>
    </button>
    <button type="button" class="btn btn--sm" (click)="toggleActive.emit()">
      {{ (active() ? 'catalogAdmin.common.deactivate' : 'catalogAdmin.common.reactivate') | t
      }}<span class="visually-hidden"> {{ label() }}</span>
    </button>
  `,
})
export class CatalogRowActionsComponent {
  /** The row's name, read after the button's text. */
  readonly label = input.required<string>();
  readonly active = input(true);
  readonly edit = output<void>();
  readonly toggleActive = output<void>();
}

/**
 * The console's messages above a list: the last action's success (focusable by its id, so the focus
 * can land on it when the form closes) and an error outside the form.
 */
@Component({
  selector: 'app-catalog-alerts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notice()) {
      <div class="alert alert--success" role="status" tabindex="-1" [id]="noticeId()">{{ notice() }}</div>
    }
    @if (error(); as message) {
      <div class="alert alert--error" role="alert" [attr.data-testid]="errorTestId()">{{ message }}</div>
    }
  `,
})
export class CatalogAlertsComponent {
  readonly noticeId = input.required<string>();
  readonly notice = input('');
  readonly error = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
}
