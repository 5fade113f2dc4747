import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogListBase } from './catalog-list-base';
import { CatalogListFrameComponent } from './catalog-list-frame.component';
import { CatalogAlertsComponent } from './catalog-table.component';

/**
 * A reference list of the console (agencies, sectors): the list frame with the messages and the
 * create/edit form above the table, all driven by the list page (`CatalogListBase`, which provides
 * itself); the page projects the table rows.
 */
@Component({
  selector: 'app-catalog-reference-list',
  imports: [CatalogEditorFormComponent, CatalogListFrameComponent, CatalogAlertsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-catalog-list-frame
      [name]="name()"
      [entity]="list.form.prefix"
      [search]="list.search()"
      [state]="list.state()"
      [count]="list.filtered().length"
      [columns]="list.columns"
      [empty]="!list.paged().items.length"
      [page]="list.page()"
      [pages]="list.paged().pages"
      (searchChange)="list.setSearch($event)"
      (create)="list.startCreate()"
      (pageChange)="list.page.set($event)"
    >
      <ng-container ngProjectAs="[frameTop]">
        <app-catalog-alerts
          [noticeId]="list.form.prefix + '-notice'"
          [notice]="list.notice()"
          [error]="list.editing() ? null : list.form.error()"
        />
        <app-catalog-editor-form
          [entity]="list.form.prefix"
          [open]="!!list.editing()"
          [creating]="list.editing() === 'new'"
          [form]="list.form"
          [specs]="list.specs()"
          (save)="list.save($event)"
          (cancelled)="list.cancel()"
        />
      </ng-container>
      <ng-content />
    </app-catalog-list-frame>
  `,
})
export class CatalogReferenceListComponent {
  protected readonly list = inject(CatalogListBase);
  /** Plural, for ids and test ids: `agencies`. */
  readonly name = input.required<string>();
}
