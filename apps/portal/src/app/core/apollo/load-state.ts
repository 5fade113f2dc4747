import { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';

/** What a page shows while it reads: a spinner, the data, or the failure's message. */
export type Load<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

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
): Signal<Load<T>> {
  return toSignal(
    trigger.pipe(
      switchMap((key) =>
        request(key).pipe(
          map((data): Load<T> => ({ status: 'ready', data })),
          startWith<Load<T>>({ status: 'loading' }),
          catchError((error: unknown) => of<Load<T>>({ status: 'error', message: errorText(error) })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load<T> },
  );
}
