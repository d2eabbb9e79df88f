import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SupervisorSnapshot } from '@baton/protocol';
import { Supervisor } from './supervisor.js';
import type { ServiceContext } from './context.js';
import type { QueueEstimates } from './queueEstimates.js';

function setup() {
  const pushed: SupervisorSnapshot[] = [];
  const ctx = { notifier: { supervisorUpdated: (_: string, s: SupervisorSnapshot) => pushed.push(s) }, log: { warn: vi.fn() } } as unknown as ServiceContext;
  const sup = new Supervisor(ctx, {} as QueueEstimates);
  let waiting = 0;
  vi.spyOn(sup, 'snapshot').mockImplementation(async () => ({ skills: [{ waiting } as SupervisorSnapshot['skills'][number]], ratingsWindowDays: 7, updatedAt: String(waiting) }));
  return { sup, pushed, setWaiting: (n: number) => (waiting = n) };
}

describe('supervisor pushes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('at most once a second: the first change at once, a burst after it once at the end of the second', async () => {
    const { sup, pushed, setWaiting } = setup();
    setWaiting(1);
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(0);
    expect(pushed).toHaveLength(1);
    for (let i = 2; i < 10; i++) {
      setWaiting(i);
      sup.changed('s');
    }
    await vi.advanceTimersByTimeAsync(999);
    expect(pushed).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pushed.map((s) => s.skills[0]!.waiting)).toEqual([1, 9]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(pushed).toHaveLength(2);
    sup.stop();
  });

  it('does not push a snapshot that did not change', async () => {
    const { sup, pushed } = setup();
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    expect(pushed).toHaveLength(1);
    sup.stop();
  });
});
