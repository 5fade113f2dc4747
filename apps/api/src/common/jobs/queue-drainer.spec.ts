import { Logger } from '@nestjs/common';
import { QueueDrainer } from './queue-drainer';

/** A queue of numbers handed out in batches of two; `handled` records each batch. */
function drainerOver(items: number[], pollMs = 60_000) {
  const queue = [...items];
  const handled: number[][] = [];
  let claims = 0;
  let release: (() => void) | null = null;
  let holdNext = false;
  const drainer = new QueueDrainer<number>({
    name: 'test-queue',
    logger: new Logger('test'),
    claim: async () => {
      claims++;
      return queue.splice(0, 2);
    },
    handle: async (batch) => {
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((r) => (release = r));
      }
      handled.push(batch);
    },
    canRun: () => true,
    pollMs,
  });
  return {
    drainer,
    handled,
    queue,
    claims: () => claims,
    hold: () => (holdNext = true),
    release: () => release?.(),
  };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('QueueDrainer', () => {
  it('claims batch after batch until none is due', async () => {
    const q = drainerOver([1, 2, 3, 4, 5]);
    await q.drainer.drain();
    expect(q.handled).toEqual([[1, 2], [3, 4], [5]]);
    expect(q.claims()).toBe(4); // the last claim finds nothing
  });

  it('runs one more pass when kicked during a pass, not one per kick', async () => {
    const q = drainerOver([1, 2]);
    q.hold();
    q.drainer.kick();
    await settle();
    expect(q.claims()).toBe(1); // the first pass holds its batch
    q.drainer.kick(); // a commit queued rows meanwhile (twice)
    q.drainer.kick();
    q.release();
    for (let i = 0; i < 5; i++) await settle();
    // The first pass: its batch, then an empty claim; then exactly one more pass (one empty claim).
    expect(q.claims()).toBe(3);
    expect(q.handled).toEqual([[1, 2]]);
  });

  it('stop() clears the poll interval and waits for the pass under way; no pass starts after it', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const q = drainerOver([], 1000);
      q.drainer.start();
      await settle();
      const afterStart = q.claims();
      for (let i = 0; i < 3; i++) {
        jest.advanceTimersByTime(1000);
        await settle();
      }
      expect(q.claims()).toBe(afterStart + 3); // one pass per poll
      await q.drainer.stop();
      expect(jest.getTimerCount()).toBe(0);
      q.queue.push(9);
      q.drainer.kick();
      jest.advanceTimersByTime(5000);
      await settle();
      expect(q.handled).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});
