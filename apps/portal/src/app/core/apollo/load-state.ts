import { computed, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CombinedGraphQLErrors } from '@apollo/client';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';

/** What a page shows while it reads: a spinner, the data, "not found", or the failure's message. */
export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'missing' }
  | { status: 'error'; message: string };

export interface LoadOptions<K> {
  /** A null answer, or the API's NOT_FOUND, reads as `missing` (a record page) instead of ready/error. */
  missing?: boolean;
  /** For these trigger values (a live reload) the last data stays on screen instead of the spinner. */
  keepData?: (key: K) => boolean;
}

/**
 * The loading/error block the pages shared: every value of `trigger` (route parameters, a retry
 * counter, …) starts `request`, cancelling the one before; the state is `loading` until it answers,
 * then `ready` with its data, or `error` with `errorText(error)`. Call it in an injection context
 * (a field initializer), like `toSignal`.
 */
export function loadState<K, T>(
  trigger: Observable<K>,
  request: (key: K) => Observable<T>,
  errorText: (error: unknown) => string,
  options: LoadOptions<K> = {},
): Signal<Load<NonNullable<T>>> {
  type State = Load<NonNullable<T>>;
  let last: State | null = null;
  return toSignal(
    trigger.pipe(
      switchMap((key) =>
        request(key).pipe(
          map((data): State =>
            options.missing && data == null
              ? { status: 'missing' }
              : { status: 'ready', data: data as NonNullable<T> },
          ),
          catchError((error: unknown) =>
            of<State>(
              options.missing && isNotFound(error)
                ? { status: 'missing' }
                : { status: 'error', message: errorText(error) },
            ),
          ),
          map((state) => {
            if (state.status !== 'error') last = state;
            return state;
          }),
          startWith<State>(last && options.keepData?.(key) ? last : { status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as State },
  );
}

/** One page of a list, as the API's paged fields give it. */
export interface ListPage<I> {
  items: I[];
  totalCount: number;
}

/**
 * `loadState` for a paged list: the state, the current page's items (none unless ready) and the
 * number of pages (at least 1) for `pageSize` rows a page.
 */
export function pagedLoadState<K, I>(
  trigger: Observable<K>,
  request: (key: K) => Observable<ListPage<I>>,
  errorText: (error: unknown) => string,
  pageSize: number,
): { state: Signal<Load<ListPage<I>>>; items: Signal<I[]>; pages: Signal<number> } {
  const state = loadState(trigger, request, errorText);
  return {
    state,
    items: computed(() => loadedData(state())?.items ?? []),
    pages: computed(() => Math.max(1, Math.ceil((loadedData(state())?.totalCount ?? 0) / pageSize))),
  };
}

/** The data of a ready state, or null. */
export function loadedData<T>(state: Load<T>): T | null {
  return state.status === 'ready' ? state.data : null;
}

function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code'] === 'NOT_FOUND';
}

/** For `filter(defined)`: passes on the answers that carry data, typed without null. */
export function defined<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
