import { describe, expect, it } from 'vitest';
import { MIN_HANDLE_SECONDS, OutcomeLearner, type ControlChange } from './outcomes.js';
import { QueueModel, logNormalMean } from './queueModel.js';

const ev = (conversationId: string, fromState: string, toState: string, atSeconds: number, skill = 'billing', priority = 0): ControlChange => ({
  conversationId,
  fromState,
  toState,
  at: atSeconds * 1000,
  skill,
  priority,
});

describe('OutcomeLearner', () => {
  it('learns handle times from time spent with an agent, per skill', () => {
    const model = new QueueModel({ defaultSeconds: 300 });
    const learner = new OutcomeLearner(model);
    for (let i = 0; i < 60; i++) {
      const id = `c${i}`;
      const t = i * 2000;
      learner.observe(ev(id, 'bot', 'queued', t));
      learner.observe(ev(id, 'queued', 'offered', t + 5));
      learner.observe(ev(id, 'offered', 'human', t + 10));
      learner.observe(ev(id, 'human', 'closed', t + 10 + 1200));
    }
    const billing = logNormalMean(model.handle.distribution(['billing']));
    expect(billing).toBeGreaterThan(1000);
    expect(billing).toBeLessThan(1400);
    // another skill falls back towards the global fit, which learned the long chats too
    expect(logNormalMean(model.handle.distribution(['orders']))).toBeGreaterThan(600);
  });

  it('does not learn a few seconds with an agent as a handle time (it would wreck the fit)', () => {
    const model = new QueueModel({ defaultSeconds: 300 });
    const learner = new OutcomeLearner(model);
    for (let i = 0; i < 40; i++) {
      learner.observe(ev(`c${i}`, 'queued', 'human', i * 2000));
      learner.observe(ev(`c${i}`, 'human', 'closed', i * 2000 + 1500 * Math.exp(0.5 * Math.sin(i * 1.7))));
    }
    const before = model.handle.distribution(['billing']);
    learner.observe(ev('oops', 'queued', 'human', 100_000));
    learner.observe(ev('oops', 'human', 'closed', 100_000.2));
    expect(model.handle.distribution(['billing'])).toEqual(before);
    // From the threshold on, a short chat is a chat.
    learner.observe(ev('short', 'queued', 'human', 110_000));
    learner.observe(ev('short', 'human', 'closed', 110_000 + MIN_HANDLE_SECONDS));
    expect(model.handle.distribution(['billing']).n).toBe(before.n + 1);
  });

  it('counts served and abandoned waits (patience) and arrivals with their priority', () => {
    const model = new QueueModel({ defaultSeconds: 300 });
    const learner = new OutcomeLearner(model);
    learner.observe(ev('a', 'bot', 'queued', 0));
    learner.observe(ev('a', 'queued', 'bot', 30)); // left after 30 s
    learner.observe(ev('b', 'bot', 'queued', 100, 'billing', 10));
    learner.observe(ev('b', 'queued', 'offered', 110));
    learner.observe(ev('b', 'offered', 'queued', 120)); // declined: still the same wait
    learner.observe(ev('b', 'queued', 'human', 160)); // served after 60 s
    const curve = model.patience.survival()!;
    expect(curve.times).toEqual([30]);
    expect(curve.survival[0]).toBeCloseTo(0.5);
    const rates = model.arrivals.rates(600_000, 0);
    expect(rates.map((r) => [r.skills, r.priority])).toEqual([
      [['billing'], 0],
      [['billing'], 10],
    ]);
  });

  it('a transfer back to the queue ends the handling and starts a new wait', () => {
    const model = new QueueModel({ defaultSeconds: 300 });
    const learner = new OutcomeLearner(model);
    learner.observe(ev('t', 'bot', 'queued', 0));
    learner.observe(ev('t', 'queued', 'human', 10));
    learner.observe(ev('t', 'human', 'queued', 910)); // handled 900 s, transferred
    learner.observe(ev('t', 'queued', 'human', 1000)); // waited 90 s
    expect(model.handle.distribution(['billing']).n).toBe(1);
    expect(logNormalMean({ ...model.handle.distribution(['billing']), sigma: 0 })).toBeGreaterThan(300);
    expect(model.patience.survival()).toBeUndefined(); // nobody left
  });
});
