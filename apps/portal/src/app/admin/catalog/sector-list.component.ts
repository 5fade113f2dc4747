import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  CatalogCreateSectorDocument,
  CatalogDeactivateSectorDocument,
  CatalogSectorRowFragment,
  CatalogSectorsDocument,
  CatalogUpdateSectorDocument,
} from '@dvc/portal/data-access';
import { checkSector } from '@dvc/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { matchesSearch, pageOf } from './agency-tree';
import { CatalogEditorFormComponent } from './catalog-editor-form.component';
import { CatalogFieldSpec, CatalogForm } from './catalog-form';
import { CatalogListBarComponent, CatalogPagerComponent } from './catalog-list-bar.component';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; rows: CatalogSectorRowFragment[] }
  | { status: 'error'; message: string };

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
  imports: [TranslatePipe, CatalogEditorFormComponent, CatalogListBarComponent, CatalogPagerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sector-list.component.html',
})
export class SectorListComponent {
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18nService);
  protected readonly specs = SPECS;

  protected readonly reload = signal(0);
  protected readonly search = signal('');
  protected readonly page = signal(1);
  protected readonly editing = signal<CatalogSectorRowFragment | 'new' | null>(null);
  protected readonly notice = signal('');
  protected readonly form = new CatalogForm('sector', () => ['code', 'name']);

  protected readonly state = toSignal(
    toObservable(this.reload).pipe(
      switchMap(() =>
        this.apollo.query({ query: CatalogSectorsDocument, fetchPolicy: 'network-only' }).pipe(
          map((r): Load => ({ status: 'ready', rows: r.data?.adminSectors ?? [] })),
          startWith<Load>({ status: 'loading' }),
          catchError((e: unknown) =>
            of<Load>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );
  protected readonly filtered = computed(() => {
    const s = this.state();
    const rows = s.status === 'ready' ? s.rows : [];
    return rows.filter((r) => matchesSearch(r.code, r.name, this.search()));
  });
  protected readonly paged = computed(() => pageOf(this.filtered(), this.page(), PAGE_SIZE));

  protected setSearch(text: string): void {
    this.search.set(text);
    this.page.set(1);
  }

  protected startCreate(): void {
    this.editing.set('new');
    this.notice.set('');
    this.form.reset({ code: '', name: '' });
  }

  protected startEdit(s: CatalogSectorRowFragment): void {
    this.editing.set(s);
    this.notice.set('');
    this.form.reset({ code: s.code, name: s.name });
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const editing = this.editing();
    if (!editing) return;
    const creating = editing === 'new';
    const input = { code: this.form.text('code').trim(), name: this.form.text('name') };
    if (!this.form.check((c) => checkSector(c, input, creating))) return;
    const saved = creating
      ? await this.form.submit(() =>
          this.apollo.mutate({ mutation: CatalogCreateSectorDocument, variables: { input } }),
        )
      : await this.form.submit(() =>
          this.apollo.mutate({ mutation: CatalogUpdateSectorDocument, variables: { id: editing.id, input } }),
        );
    if (saved) this.done('catalogAdmin.common.saved', input.name);
  }

  protected async toggle(s: CatalogSectorRowFragment): Promise<void> {
    const key = s.active ? 'catalogAdmin.common.confirmDeactivate' : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: s.name }))) return;
    const done = s.active
      ? await this.form.submit(() =>
          this.apollo.mutate({ mutation: CatalogDeactivateSectorDocument, variables: { id: s.id } }),
        )
      : await this.form.submit(() =>
          this.apollo.mutate({
            mutation: CatalogUpdateSectorDocument,
            variables: { id: s.id, input: { active: true } },
          }),
        );
    if (done)
      this.done(s.active ? 'catalogAdmin.common.deactivated' : 'catalogAdmin.common.reactivated', s.name);
  }

  private done(key: string, name: string): void {
    this.editing.set(null);
    this.notice.set(this.i18n.t(key, { name }));
    // The form closes: the focus goes to the message rather than to the page's start.
    setTimeout(() => document.getElementById('sector-notice')?.focus());
    this.reload.update((n) => n + 1);
  }
}
