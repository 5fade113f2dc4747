import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** Below an admin list (accounts, audit log): previous / "page / pages" / next. */
@Component({
  selector: 'app-admin-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <nav class="pager" [attr.aria-label]="'admin.pager.pages' | t">
      <button type="button" class="btn" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
        {{ 'admin.pager.previous' | t }}
      </button>
      <span>{{ page() }} / {{ pages() }}</span>
      <button type="button" class="btn" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)">
        {{ 'admin.pager.next' | t }}
      </button>
    </nav>
  `,
})
export class AdminPagerComponent {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();
}
