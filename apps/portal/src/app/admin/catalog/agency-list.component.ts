import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  AgencyLevel,
  CatalogAgenciesDocument,
  CatalogAgencyRowFragment,
  CatalogCreateAgencyDocument,
  CatalogDeactivateAgencyDocument,
  CatalogUpdateAgencyDocument,
} from '@dvc/portal/data-access';
import { checkAgency, PROVINCES } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { agencyTree, AgencyTreeRow, filterTree, pageOf } from './agency-tree';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBarComponent, CatalogPagerComponent } from './catalog-list-bar.component';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; rows: CatalogAgencyRowFragment[] }
  | { status: 'error'; message: string };

const PAGE_SIZE = 20;
const LEVELS: AgencyLevel[] = ['MINISTRY', 'PROVINCE', 'COMMUNE'];

/** The agencies as a tree (ministry, province, commune), with search, paging and the create/edit form. */
@Component({
  selector: 'app-catalog-agencies',
  imports: [TranslatePipe, CatalogEditorFormComponent, CatalogListBarComponent, CatalogPagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-list.component.html',
})
export class AgencyListComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);

  protected readonly reload = signal(0);
  protected readonly search = signal('');
  protected readonly page = signal(1);
  protected readonly editing = signal<CatalogAgencyRowFragment | 'new' | null>(null);
  protected readonly notice = signal('');
  protected readonly form = new CatalogForm('agency', () => [
    'code',
    'name',
    'level',
    'parentId',
    'provinceCode',
  ]);

  protected readonly state = toSignal(
    toObservable(this.reload).pipe(
      switchMap(() =>
        this.apollo.query({ query: CatalogAgenciesDocument, fetchPolicy: 'network-only' }).pipe(
          map((r): Load => ({ status: 'ready', rows: r.data?.adminAgencies ?? [] })),
          startWith<Load>({ status: 'loading' }),
          catchError((e: unknown) =>
            of<Load>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
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

  protected setSearch(text: string): void {
    this.search.set(text);
    this.page.set(1);
  }

  protected indent(row: AgencyTreeRow): string {
    return `${row.depth * 1.5}rem`;
  }

  protected startCreate(): void {
    this.editing.set('new');
    this.notice.set('');
    this.form.reset({ code: '', name: '', level: 'PROVINCE', parentId: '', provinceCode: '' });
  }

  protected startEdit(a: CatalogAgencyRowFragment): void {
    this.editing.set(a);
    this.notice.set('');
    this.form.reset({
      code: a.code,
      name: a.name,
      level: a.level,
      parentId: a.parent?.id ?? '',
      provinceCode: a.provinceCode ?? '',
    });
  }

  protected cancel(): void {
    this.editing.set(null);
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
    const saved = creating
      ? await f.submit(() =>
          this.apollo.mutate({ mutation: CatalogCreateAgencyDocument, variables: { input } }),
        )
      : await f.submit(() =>
          this.apollo.mutate({ mutation: CatalogUpdateAgencyDocument, variables: { id: editing.id, input } }),
        );
    if (saved) this.done('catalogAdmin.common.saved', input.name);
  }

  protected async toggle(a: CatalogAgencyRowFragment): Promise<void> {
    const key = a.active ? 'catalogAdmin.common.confirmDeactivate' : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: a.name }))) return;
    const done = a.active
      ? await this.form.submit(() =>
          this.apollo.mutate({ mutation: CatalogDeactivateAgencyDocument, variables: { id: a.id } }),
        )
      : await this.form.submit(() =>
          this.apollo.mutate({
            mutation: CatalogUpdateAgencyDocument,
            variables: { id: a.id, input: { active: true } },
          }),
        );
    if (done)
      this.done(a.active ? 'catalogAdmin.common.deactivated' : 'catalogAdmin.common.reactivated', a.name);
  }

  private done(key: string, name: string): void {
    this.editing.set(null);
    this.notice.set(this.i18n.t(key, { name }));
    // The form closes: the focus goes to the message rather than to the page's start.
    setTimeout(() => document.getElementById('agency-notice')?.focus());
    this.reload.update((n) => n + 1);
  }
}
