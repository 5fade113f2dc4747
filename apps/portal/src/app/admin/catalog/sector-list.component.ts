import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import {
  CatalogCreateSectorDocument,
  CatalogDeactivateSectorDocument,
  CatalogSectorRowFragment,
  CatalogSectorsDocument,
  CatalogUpdateSectorDocument,
} from '@dvc/portal/data-access';
import { checkSector } from '@dvc/shared/domain';
import { map } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { matchesSearch, pageOf } from './agency-tree';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBase } from './catalog-list-base';
import { CatalogListFrameComponent } from './catalog-list-frame.component';
import { CatalogAlertsComponent, CatalogRowActionsComponent } from './catalog-table.component';

const PAGE_SIZE = 20;
const SPECS: CatalogFieldSpec[] = [
  {
    key: 'code',
    label: 'catalogAdmin.sector.code',
    help: 'catalogAdmin.sector.codeHelp',
    type: 'TEXT',
    required: true,
    maxLength: 40,
  },
  { key: 'name', label: 'catalogAdmin.common.name', type: 'TEXT', required: true, maxLength: 255 },
];

/** Sectors (lĩnh vực), inactive ones included, with search, paging and the create/edit form. */
@Component({
  selector: 'app-catalog-sectors',
  imports: [
    TranslatePipe,
    CatalogEditorFormComponent,
    CatalogListFrameComponent,
    CatalogAlertsComponent,
    CatalogRowActionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sector-list.component.html',
})
export class SectorListComponent extends CatalogListBase<CatalogSectorRowFragment> {
  protected readonly columns = [
    'catalogAdmin.common.name',
    'catalogAdmin.sector.code',
    'catalogAdmin.common.status',
    'catalogAdmin.common.actions',
  ];
  protected readonly specs = SPECS;

  protected readonly form = new CatalogForm('sector', () => ['code', 'name']);

  protected readonly state = this.rowsState(() =>
    this.apollo
      .query({ query: CatalogSectorsDocument, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.adminSectors ?? [])),
  );
  protected readonly filtered = computed(() => {
    const s = this.state();
    const rows = s.status === 'ready' ? s.rows : [];
    return rows.filter((r) => matchesSearch(r.code, r.name, this.search()));
  });
  protected readonly paged = computed(() => pageOf(this.filtered(), this.page(), PAGE_SIZE));

  protected startCreate(): void {
    this.open('new', { code: '', name: '' });
  }

  protected startEdit(s: CatalogSectorRowFragment): void {
    this.open(s, { code: s.code, name: s.name });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const editing = this.editing();
    if (!editing) return;
    const creating = editing === 'new';
    const input = { code: this.form.text('code').trim(), name: this.form.text('name') };
    if (!this.form.check((c) => checkSector(c, input, creating))) return;
    await this.saveRow(
      input.name,
      () => this.apollo.mutate({ mutation: CatalogCreateSectorDocument, variables: { input } }),
      (id) => this.apollo.mutate({ mutation: CatalogUpdateSectorDocument, variables: { id, input } }),
    );
  }

  protected toggleSector(s: CatalogSectorRowFragment): Promise<void> {
    return this.toggle(
      s,
      () => this.apollo.mutate({ mutation: CatalogDeactivateSectorDocument, variables: { id: s.id } }),
      () =>
        this.apollo.mutate({
          mutation: CatalogUpdateSectorDocument,
          variables: { id: s.id, input: { active: true } },
        }),
    );
  }
}
