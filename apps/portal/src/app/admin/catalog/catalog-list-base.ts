import { computed, Directive, inject, signal, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { pageOf } from './agency-tree';
import { CatalogFieldSpec, CatalogForm, CatalogValues } from './catalog-form';

export type CatalogRowsLoad<Row> =
  { status: 'loading' } | { status: 'ready'; rows: Row[] } | { status: 'error'; message: string };

/** A reference list's create, update (also reactivates with `{ active: true }`) and deactivate mutations. */
export interface CatalogMutations<Input> {
  create: TypedDocumentNode<unknown, { input: Input }>;
  update: TypedDocumentNode<unknown, { id: string; input: Input | { active: boolean } }>;
  deactivate: TypedDocumentNode<unknown, { id: string }>;
}

const PAGE_SIZE = 20;

/**
 * What the console's loaded-at-once reference lists (agencies, sectors) share: search and page, the
 * rows (loaded again after each change), the open form (`editing`, its heading focused when it opens),
 * save, deactivate / reactivate after a confirmation, and the success message, which takes the focus
 * (`<prefix>-notice`) when the form closes. `app-catalog-reference-list` shows it; the list page
 * provides itself as `CatalogListBase` and projects its rows (`Item`s of `paged()`).
 */
@Directive()
export abstract class CatalogListBase<
  Row extends { id: string; name: string; active: boolean },
  Input extends { name: string },
  Item = Row,
> {
  protected readonly apollo = inject(Apollo);
  protected readonly i18n = inject(I18nService);
  protected readonly reload = signal(0);
  readonly search = signal('');
  readonly page = signal(1);
  readonly editing = signal<Row | 'new' | null>(null);
  readonly notice = signal('');
  /** i18n keys of the column headers. */
  abstract readonly columns: readonly string[];
  abstract readonly form: CatalogForm;
  abstract readonly specs: () => readonly CatalogFieldSpec[];
  abstract readonly state: Signal<CatalogRowsLoad<Row>>;
  /** What matches the search, on all pages. */
  abstract readonly filtered: Signal<readonly Item[]>;
  protected abstract readonly mutations: CatalogMutations<Input>;
  readonly paged = computed(() => pageOf(this.filtered(), this.page(), PAGE_SIZE));

  /** Opens the form on a new row. */
  abstract startCreate(): void;

  /** The form's values as the API's input, or null when the shared rules find an error (then shown). */
  protected abstract formInput(creating: boolean): Input | null;

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

  setSearch(text: string): void {
    this.search.set(text);
    this.page.set(1);
  }

  /** Opens the form on a new row or on `row`, with these values, and moves the focus to its heading. */
  protected open(row: Row | 'new', values: CatalogValues): void {
    this.editing.set(row);
    this.notice.set('');
    this.form.reset(values);
    setTimeout(() => document.getElementById(`${this.form.prefix}-form-title`)?.focus());
  }

  cancel(): void {
    this.editing.set(null);
  }

  /** Sends the open form (`create` for a new row, else `update` with the row's id); success closes it. */
  async save(event: Event): Promise<void> {
    event.preventDefault();
    const editing = this.editing();
    if (!editing) return;
    const input = this.formInput(editing === 'new');
    if (!input) return;
    const { create, update } = this.mutations;
    const saved = await this.form.submit(() =>
      editing === 'new'
        ? this.apollo.mutate({ mutation: create, variables: { input } })
        : this.apollo.mutate({ mutation: update, variables: { id: editing.id, input } }),
    );
    if (saved) this.done('catalogAdmin.common.saved', input.name);
  }

  /** Deactivates an active row or reactivates an inactive one, after the user confirms. */
  protected async toggleActive(row: Row): Promise<void> {
    const key = row.active
      ? 'catalogAdmin.common.confirmDeactivate'
      : 'catalogAdmin.common.confirmReactivate';
    if (!confirm(this.i18n.t(key, { name: row.name }))) return;
    const { deactivate, update } = this.mutations;
    const done = await this.form.submit(() =>
      row.active
        ? this.apollo.mutate({ mutation: deactivate, variables: { id: row.id } })
        : this.apollo.mutate({ mutation: update, variables: { id: row.id, input: { active: true } } }),
    );
    if (done)
      this.done(row.active ? 'catalogAdmin.common.deactivated' : 'catalogAdmin.common.reactivated', row.name);
  }

  private done(key: string, name: string): void {
    this.editing.set(null);
    this.notice.set(this.i18n.t(key, { name }));
    // The form closes: the focus goes to the message rather than to the page's start.
    setTimeout(() => document.getElementById(`${this.form.prefix}-notice`)?.focus());
    this.reload.update((n) => n + 1);
  }
}
