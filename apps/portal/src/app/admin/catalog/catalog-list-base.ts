import { Directive, inject, signal, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { CatalogForm, CatalogValues } from './catalog-form';

export type CatalogRowsLoad<Row> =
  { status: 'loading' } | { status: 'ready'; rows: Row[] } | { status: 'error'; message: string };

type Mutation = () => Observable<{ data?: unknown }>;

/**
 * What the console's loaded-at-once lists (agencies, sectors) share: search and page, the rows
 * (loaded again after each change), the open form (`editing`), deactivate / reactivate after a
 * confirmation, and the success message, which takes the focus (`<prefix>-notice`) when the form closes.
 */
@Directive()
export abstract class CatalogListBase<Row extends { id: string; name: string; active: boolean }> {
  protected readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  protected readonly reload = signal(0);
  protected readonly search = signal('');
  protected readonly page = signal(1);
  protected readonly editing = signal<Row | 'new' | null>(null);
  protected readonly notice = signal('');
  protected abstract readonly form: CatalogForm;

  /** The rows' load state; `fetch` runs again whenever `reload` changes. */
  protected rowsState(fetch: () => Observable<Row[]>): Signal<CatalogRowsLoad<Row>> {
    return toSignal(
      toObservable(this.reload).pipe(
        switchMap(() =>
          fetch().pipe(
            map((rows): CatalogRowsLoad<Row> => ({ status: 'ready', rows })),
            startWith<CatalogRowsLoad<Row>>({ status: 'loading' }),
            catchError((e: unknown) =>
              of<CatalogRowsLoad<Row>>({ status: 'error', message: toUiError(e, this.i18n.lang()).message }),
            ),
          ),
        ),
      ),
      { initialValue: { status: 'loading' } },
    );
  }

  protected setSearch(text: string): void {
    this.search.set(text);
    this.page.set(1);
  }

  /** Opens the form on a new row or on `row`, with these values. */
  protected open(row: Row | 'new', values: CatalogValues): void {
    this.editing.set(row);
    this.notice.set('');
    this.form.reset(values);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  /** Sends the open form (`create` for a new row, else `update` with the row's id); success closes it. */
  protected async saveRow(
    name: string,
    create: Mutation,
    update: (id: string) => ReturnType<Mutation>,
  ): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    const saved = await this.form.submit(editing === 'new' ? create : () => update(editing.id));
    if (saved) this.done('catalogAdmin.common.saved', name);
  }

  /** Deactivates an active row or reactivates an inactive one, after the user confirms. */
  protected async toggle(row: Row, deactivate: Mutation, reactivate: Mutation): Promise<void> {
    const key = row.active
      ? 'catalogAdmin.common.confirmDeactivate'
      : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: row.name }))) return;
    const done = await this.form.submit(row.active ? deactivate : reactivate);
    if (done)
      this.done(row.active ? 'catalogAdmin.common.deactivated' : 'catalogAdmin.common.reactivated', row.name);
  }

  protected done(key: string, name: string): void {
    this.editing.set(null);
    this.notice.set(this.i18n.t(key, { name }));
    // The form closes: the focus goes to the message rather than to the page's start.
    setTimeout(() => document.getElementById(`${this.form.prefix}-notice`)?.focus());
    this.reload.update((n) => n + 1);
  }
}
