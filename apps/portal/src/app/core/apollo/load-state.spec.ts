import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';
import { loadState } from './load-state';

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
});
