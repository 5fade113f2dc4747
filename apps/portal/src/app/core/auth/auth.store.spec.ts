import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { Subject } from 'rxjs';
import { AuthStore } from './auth.store';

const account = {
  id: '7',
  fullName: 'Trần Thị Bình',
  role: 'CITIZEN',
  username: 'binh',
  agencyId: null,
};

/** An Apollo stand-in whose `me` answers only when the test says so (a slow connection). */
function setup() {
  const answers: Subject<unknown>[] = [];
  const apollo = {
    query: jest.fn(() => {
      const answer = new Subject<unknown>();
      answers.push(answer);
      return answer;
    }),
  };
  TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: apollo }] });
  const store = TestBed.inject(AuthStore);
  const respond = (value: unknown) => {
    const answer = answers.at(-1);
    if (!answer) throw new Error('`me` was not asked');
    if (value instanceof Error) answer.error(value);
    else {
      answer.next(value);
      answer.complete();
    }
  };
  // The dynamic import of the session documents resolves after a few ticks.
  const asked = async () => {
    for (let i = 0; i < 50 && !answers.length; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { store, apollo, respond, asked };
}

describe('AuthStore session loading', () => {
  it('is not loaded, and knows no user, until `me` answers; then it knows the user', async () => {
    const { store, respond, asked, apollo } = setup();
    const first = store.ensureLoaded();
    await asked();
    expect(store.loaded()).toBe(false);
    expect(store.user()).toBeNull();

    respond({ data: { me: account } });
    expect(await first).toEqual(expect.objectContaining({ fullName: 'Trần Thị Bình' }));
    expect(store.loaded()).toBe(true);
    expect(store.isLoggedIn()).toBe(true);
    // Later callers share the answer: one `me` for the whole start-up.
    expect(await store.ensureLoaded()).toEqual(expect.objectContaining({ id: '7' }));
    expect(apollo.query).toHaveBeenCalledTimes(1);
  });

  it('becomes loaded and logged out when `me` answers null', async () => {
    const { store, respond, asked } = setup();
    const first = store.ensureLoaded();
    await asked();
    respond({ data: { me: null } });
    expect(await first).toBeNull();
    expect(store.loaded()).toBe(true);
    expect(store.isLoggedIn()).toBe(false);
  });

  it('marks the server unreachable on a network failure and asks again next time', async () => {
    const { store, respond, asked, apollo } = setup();
    const first = store.ensureLoaded();
    await asked();
    respond(new Error('offline'));
    expect(await first).toBeNull();
    expect(store.loaded()).toBe(true);
    expect(store.unreachable()).toBe(true);
    void store.ensureLoaded();
    await new Promise((r) => setTimeout(r, 0));
    await asked();
    expect(apollo.query).toHaveBeenCalledTimes(2);
  });
});
