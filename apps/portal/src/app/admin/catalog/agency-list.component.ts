import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import {
  AgencyLevel,
  CatalogAgenciesDocument,
  CatalogAgencyRowFragment,
  CatalogCreateAgencyDocument,
  CatalogDeactivateAgencyDocument,
  CatalogUpdateAgencyDocument,
} from '@dvc/portal/data-access';
import { checkAgency, PROVINCES } from '@dvc/shared/domain';
import { map } from 'rxjs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { agencyTree, AgencyTreeRow, filterTree, pageOf } from './agency-tree';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBase } from './catalog-list-base';
import { CatalogListFrameComponent } from './catalog-list-frame.component';
import { CatalogAlertsComponent, CatalogRowActionsComponent } from './catalog-table.component';

const PAGE_SIZE = 20;
const LEVELS: AgencyLevel[] = ['MINISTRY', 'PROVINCE', 'COMMUNE'];

/** The agencies as a tree (ministry, province, commune), with search, paging and the create/edit form. */
@Component({
  selector: 'app-catalog-agencies',
  imports: [
    TranslatePipe,
    CatalogEditorFormComponent,
    CatalogListFrameComponent,
    CatalogAlertsComponent,
    CatalogRowActionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-list.component.html',
})
export class AgencyListComponent extends CatalogListBase<CatalogAgencyRowFragment> {
  protected readonly columns = [
    'catalogAdmin.common.name',
    'catalogAdmin.agency.code',
    'catalogAdmin.agency.level',
    'catalogAdmin.common.status',
    'catalogAdmin.common.actions',
  ];

  protected readonly form = new CatalogForm('agency', () => [
    'code',
    'name',
    'level',
    'parentId',
    'provinceCode',
  ]);

  protected readonly state = this.rowsState(() =>
    this.apollo
      .query({ query: CatalogAgenciesDocument, fetchPolicy: 'network-only' })
      .pipe(map((r) => r.data?.adminAgencies ?? [])),
  );
  private readonly all = computed(() => {
    const s = this.state();
    return s.status === 'ready' ? s.rows : [];
  });
  protected readonly tree = computed(() => agencyTree(this.all()));
  protected readonly filtered = computed(() => filterTree(this.tree(), this.search()));
  protected readonly paged = computed(() => pageOf(this.filtered(), this.page(), PAGE_SIZE));

  protected readonly specs = computed((): CatalogFieldSpec[] => {
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

  protected startCreate(): void {
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

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const f = this.form;
    const editing = this.editing();
    if (!editing) return;
    const creating = editing === 'new';
    const input = {
      code: f.text('code').trim(),
      name: f.text('name'),
      level: f.text('level') as AgencyLevel,
      parentId: f.text('parentId') || null,
      provinceCode: f.text('provinceCode') || null,
    };
    if (!f.check((c) => checkAgency(c, input, creating))) return;
    await this.saveRow(
      input.name,
      () => this.apollo.mutate({ mutation: CatalogCreateAgencyDocument, variables: { input } }),
      (id) => this.apollo.mutate({ mutation: CatalogUpdateAgencyDocument, variables: { id, input } }),
    );
  }

  protected toggleAgency(a: CatalogAgencyRowFragment): Promise<void> {
    return this.toggle(
      a,
      () => this.apollo.mutate({ mutation: CatalogDeactivateAgencyDocument, variables: { id: a.id } }),
      () =>
        this.apollo.mutate({
          mutation: CatalogUpdateAgencyDocument,
          variables: { id: a.id, input: { active: true } },
        }),
    );
  }
}
