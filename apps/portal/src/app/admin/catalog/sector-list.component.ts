import { ChangeDetectionStrategy, Component, computed, forwardRef } from '@angular/core';
import {
  CatalogCreateSectorDocument,
  CatalogDeactivateSectorDocument,
  CatalogSectorRowFragment,
  CatalogSectorsDocument,
  CatalogUpdateSectorDocument,
  CreateSectorInput,
} from '@dvc/portal/data-access';
import { checkSector } from '@dvc/shared/domain';
import { map } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { matchesSearch } from './agency-tree';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBase } from './catalog-list-base';
import { CatalogReferenceListComponent } from './catalog-reference-list.component';
import { CatalogRowActionsComponent } from './catalog-table.component';

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
  imports: [TranslatePipe, CatalogReferenceListComponent, CatalogRowActionsComponent],
  providers: [{ provide: CatalogListBase, useExisting: forwardRef(() => SectorListComponent) }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sector-list.component.html',
})
export class SectorListComponent extends CatalogListBase<CatalogSectorRowFragment, CreateSectorInput> {
  readonly columns = [
    'catalogAdmin.common.name',
    'catalogAdmin.sector.code',
    'catalogAdmin.common.status',
    'catalogAdmin.common.actions',
  ];
  readonly specs = () => SPECS;
  readonly form = new CatalogForm('sector', () => ['code', 'name']);
  protected readonly mutations = {
    create: CatalogCreateSectorDocument,
    update: CatalogUpdateSectorDocument,
    deactivate: CatalogDeactivateSectorDocument,
  };

  readonly state = this.rowsState(() =>
    this.apollo
      .query({ query: CatalogSectorsDocument, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.adminSectors ?? [])),
  );
  readonly filtered = computed(() => {
    const s = this.state();
    const rows = s.status === 'ready' ? s.rows : [];
    return rows.filter((r) => matchesSearch(r.code, r.name, this.search()));
  });

  startCreate(): void {
    this.open('new', { code: '', name: '' });
  }

  protected startEdit(s: CatalogSectorRowFragment): void {
    this.open(s, { code: s.code, name: s.name });
  }

  protected formInput(creating: boolean): CreateSectorInput | null {
    const input = { code: this.form.text('code').trim(), name: this.form.text('name') };
    return this.form.check((c) => checkSector(c, input, creating)) ? input : null;
  }
}
