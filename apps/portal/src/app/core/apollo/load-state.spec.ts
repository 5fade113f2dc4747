import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { of, Subject, throwError } from 'rxjs';
import { loadState, pagedLoadState } from './load-state';

describe('loadState', () => {
  it('is loading, then ready with the data; a new trigger starts over and drops the old answer', () => {
    const trigger = new Subject<number>();
    const answers = new Map<number, Subject<string>>();
    const state = TestBed.runInInjectionContext(() =>
      loadState(
        trigger,
        (n) => {
          const answer = new Subject<string>();
          answers.set(n, answer);
          return answer;
        },
        () => 'failed',
      ),
    );
    expect(state()).toEqual({ status: 'loading' });
    trigger.next(1);
    trigger.next(2);
    answers.get(1)!.next('one');
    expect(state()).toEqual({ status: 'loading' });
    answers.get(2)!.next('two');
    expect(state()).toEqual({ status: 'ready', data: 'two' });
  });

  it('turns a failed request into its message, and the next trigger retries', () => {
    const trigger = new Subject<boolean>();
    const state = TestBed.runInInjectionContext(() =>
      loadState(
        trigger,
        (fail) => (fail ? throwError(() => new Error('down')) : new Subject<string>()),
        (e) => `failed: ${(e as Error).message}`,
      ),
    );
    trigger.next(true);
    expect(state()).toEqual({ status: 'error', message: 'failed: down' });
    trigger.next(false);
    expect(state()).toEqual({ status: 'loading' });
  });

  it('reads a null answer and NOT_FOUND as missing when asked to, other failures as errors', () => {
    const trigger = new Subject<string>();
    const notFound = new CombinedGraphQLErrors({
      errors: [{ message: 'Không tìm thấy.', extensions: { code: 'NOT_FOUND' } }],
    });
    const answers: Record<string, () => Subject<string | null> | ReturnType<typeof throwError>> = {};
    const state = TestBed.runInInjectionContext(() =>
      loadState(
        trigger,
        (k) => answers[k](),
        () => 'failed',
        { missing: true },
      ),
    );
    const empty = new Subject<string | null>();
    answers['a'] = () => empty;
    trigger.next('a');
    empty.next(null);
    expect(state()).toEqual({ status: 'missing' });
    answers['b'] = () => throwError(() => notFound);
    trigger.next('b');
    expect(state()).toEqual({ status: 'missing' });
    answers['c'] = () => throwError(() => new Error('down'));
    trigger.next('c');
    expect(state()).toEqual({ status: 'error', message: 'failed' });
  });

  it('keeps the last data on screen for a live reload, the spinner otherwise', () => {
    const trigger = new Subject<[string, number]>();
    let answer = new Subject<string>();
    const state = TestBed.runInInjectionContext(() =>
      loadState(
        trigger,
        () => answer,
        () => 'failed',
        { keepData: ([, reload]) => reload > 0 },
      ),
    );
    trigger.next(['x', 0]);
    answer.next('first');
    answer = new Subject<string>();
    trigger.next(['x', 1]);
    expect(state()).toEqual({ status: 'ready', data: 'first' });
    answer.next('second');
    expect(state()).toEqual({ status: 'ready', data: 'second' });
    answer = new Subject<string>();
    trigger.next(['y', 0]);
    expect(state()).toEqual({ status: 'loading' });
  });
});

describe('pagedLoadState', () => {
  it('gives the page’s items only when ready, and at least one page', () => {
    const trigger = new Subject<number>();
    const list = TestBed.runInInjectionContext(() =>
      pagedLoadState(
        trigger,
        (total) =>
          total < 0 ? throwError(() => new Error('down')) : of({ items: ['a', 'b'], totalCount: total }),
        () => 'failed',
        20,
      ),
    );
    expect(list.items()).toEqual([]);
    expect(list.pages()).toBe(1);
    trigger.next(41);
    expect(list.state()).toEqual({ status: 'ready', data: { items: ['a', 'b'], totalCount: 41 } });
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.pages()).toBe(3);
    trigger.next(0);
    expect(list.pages()).toBe(1);
    trigger.next(-1);
    expect(list.state()).toEqual({ status: 'error', message: 'failed' });
    expect(list.items()).toEqual([]);
  });
});
