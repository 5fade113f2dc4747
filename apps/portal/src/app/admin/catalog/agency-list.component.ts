import { ChangeDetectionStrategy, Component, computed, forwardRef } from '@angular/core';
import {
  AgencyLevel,
  CatalogAgenciesDocument,
  CatalogAgencyRowFragment,
  CatalogCreateAgencyDocument,
  CatalogDeactivateAgencyDocument,
  CatalogUpdateAgencyDocument,
  CreateAgencyInput,
} from '@dvc/portal/data-access';
import { checkAgency, PROVINCES } from '@dvc/shared/domain';
import { map } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { agencyTree, AgencyTreeRow, filterTree } from './agency-tree';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBase } from './catalog-list-base';
import { CatalogReferenceListComponent } from './catalog-reference-list.component';
import { CatalogRowActionsComponent } from './catalog-table.component';

const LEVELS: AgencyLevel[] = ['MINISTRY', 'PROVINCE', 'COMMUNE'];

/** The agencies as a tree (ministry, province, commune), with search, paging and the create/edit form. */
@Component({
  selector: 'app-catalog-agencies',
  imports: [TranslatePipe, CatalogReferenceListComponent, CatalogRowActionsComponent],
  providers: [{ provide: CatalogListBase, useExisting: forwardRef(() => AgencyListComponent) }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-list.component.html',
})
export class AgencyListComponent extends CatalogListBase<
  CatalogAgencyRowFragment,
  CreateAgencyInput,
  AgencyTreeRow
> {
  readonly columns = [
    'catalogAdmin.common.name',
    'catalogAdmin.agency.code',
    'catalogAdmin.agency.level',
    'catalogAdmin.common.status',
    'catalogAdmin.common.actions',
  ];

  readonly form = new CatalogForm('agency', () => ['code', 'name', 'level', 'parentId', 'provinceCode']);

  protected readonly mutations = {
    create: CatalogCreateAgencyDocument,
    update: CatalogUpdateAgencyDocument,
    deactivate: CatalogDeactivateAgencyDocument,
  };

  readonly state = this.rowsState(() =>
    this.apollo
      .query({ query: CatalogAgenciesDocument, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.adminAgencies ?? [])),
  );
  private readonly all = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.rows : [];
  });
  protected readonly tree = computed(() => agencyTree(this.all()));
  readonly filtered = computed(() => filterTree(this.tree(), this.search()));

  readonly specs = computed((): CatalogFieldSpec[] => {
    const self = this.editing();
    const selfId = self && self !== 'new' ? self.id : null;
    return [
      {
        key: 'code',
        label: 'catalogAdmin.agency.code',
        help: 'catalogAdmin.agency.codeHelp',
        type: 'TEXT',
        required: true,
        maxLength: 40,
      },
      { key: 'name', label: 'catalogAdmin.common.name', type: 'TEXT', required: true, maxLength: 255 },
      {
        key: 'level',
        label: 'catalogAdmin.agency.level',
        type: 'SELECT',
        required: true,
        options: LEVELS.map((l) => ({ value: l, label: `catalogAdmin.levels.${l}` })),
      },
      {
        key: 'parentId',
        label: 'catalogAdmin.agency.parent',
        type: 'SELECT',
        required: false,
        rawOptions: true,
        options: this.tree()
          .filter((r) => r.agency.id !== selfId && r.agency.level !== 'COMMUNE')
          .map((r) => ({ value: r.agency.id, label: `${'— '.repeat(r.depth)}${r.agency.name}` })),
      },
      {
        key: 'provinceCode',
        label: 'catalogAdmin.agency.province',
        help: 'catalogAdmin.agency.provinceHelp',
        type: 'SELECT',
        required: false,
        rawOptions: true,
        options: PROVINCES.map((p) => ({ value: p.code, label: p.name })),
      },
    ];
  });

  protected indent(row: AgencyTreeRow): string {
    return `${row.depth * 1.5}rem`;
  }

  startCreate(): void {
    this.open('new', { code: '', name: '', level: 'PROVINCE', parentId: '', provinceCode: '' });
  }

  protected startEdit(a: CatalogAgencyRowFragment): void {
    this.open(a, {
      code: a.code,
      name: a.name,
      level: a.level,
      parentId: a.parent?.id ?? '',
      provinceCode: a.provinceCode ?? '',
    });
  }

  protected formInput(creating: boolean): CreateAgencyInput | null {
    const f = this.form;
    const input = {
      code: f.text('code').trim(),
      name: f.text('name'),
      level: f.text('level') as AgencyLevel,
      parentId: f.text('parentId') || null,
      provinceCode: f.text('provinceCode') || null,
    };
    return f.check((c) => checkAgency(c, input, creating)) ? input : null;
  }
}
