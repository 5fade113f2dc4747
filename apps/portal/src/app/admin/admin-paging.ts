import { inject, signal, Signal, WritableSignal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';
import { toUiError } from '../core/apollo/graphql-errors';
import { ListPage, Load, pagedLoadState } from '../core/apollo/load-state';
import { I18nService } from '../core/i18n/i18n.service';

export interface AdminPagedList<I, Q extends { page: number } = { page: number }> {
  query: WritableSignal<Q>;
  state: Signal<Load<ListPage<I>>>;
  items: Signal<I[]>;
  pages: Signal<number>;
  goTo(page: number): void;
}

/**
 * The admin lists' paging (accounts, audit log): the `query` signal (the page's filter and page
 * number), its load state with the current page's items and the number of pages, and `goTo`. Every
 * change to `query` reads again; errors show in the current language. Call it in a field initializer.
 */
export function adminPagedList<Q extends { page: number }, I>(
  initial: Q,
  request: (query: Q) => Observable<ListPage<I>>,
  pageSize: number,
): AdminPagedList<I, Q> {
  const i18n = inject(I18nService);
  const query = signal(initial);
  const list = pagedLoadState(
    toObservable(query),
    request,
    (e) => toUiError(e, i18n.lang()).message,
    pageSize,
  );
  return { ...list, query, goTo: (page: number) => query.update((q) => ({ ...q, page })) };
}
