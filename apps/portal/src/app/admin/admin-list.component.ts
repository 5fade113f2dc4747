import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/**
 * An admin list (accounts, audit log) below its search form: loading, the load's error, or a card
 * with the table (caption, column headers, the rows the page projects, an "empty" row when there are
 * none) and the pager (previous / "page / pages" / next). Texts come from
 * `<texts>.loading|loadError|tableCaption|empty`, e.g. `admin.accounts`.
 */
@Component({
  selector: 'app-admin-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @switch (status()) {
      @case ('loading') {
        <p class="loading" role="status">{{ texts() + '.loading' | t }}</p>
      }
      @case ('error') {
        <p class="alert alert--error" role="alert">{{ texts() + '.loadError' | t }}</p>
      }
      @default {
        <div class="card">
          <table class="table table--stack" [attr.data-testid]="testId()">
            <caption>
              {{
                texts() + '.tableCaption' | t
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
                  <td [attr.colspan]="columns().length" class="empty-state">{{ texts() + '.empty' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
          <nav class="pager" [attr.aria-label]="'admin.pager.pages' | t">
            <button type="button" class="btn" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
              {{ 'admin.pager.previous' | t }}
            </button>
            <span>{{ page() }} / {{ pages() }}</span>
            <button
              type="button"
              class="btn"
              [disabled]="page() >= pages()"
              (click)="pageChange.emit(page() + 1)"
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
  readonly status = input.required<'loading' | 'ready' | 'missing' | 'error'>();
  /** This page has no rows. */
  readonly empty = input.required<boolean>();
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();
}
