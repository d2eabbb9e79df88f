import { describe, expect, it } from 'vitest';
import { trainTextClassifier, type TrainingExample } from './classifier.js';
import { examplesFromCsv, parseCsv } from './csv.js';
import { fewShotSplit, quantile, scorePredictions, stratifiedSplit } from './evaluate.js';
import { lightStem, tokenize } from './features.js';
import { seededRandom } from '../common/random.js';

/** A synthetic 5-intent problem: shared filler and openers, intent-specific verbs and nouns. */
function synthetic(n: number, seed: number): TrainingExample[] {
  const rng = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const intents: Record<string, { verbs: string[]; nouns: string[] }> = {
    track: { verbs: ['where is', 'track', 'has not arrived', 'still waiting for'], nouns: ['my parcel', 'the package', 'my delivery', 'the shipment'] },
    refund: { verbs: ['refund', 'give me back the money for', 'reimburse', 'want my money back for'], nouns: ['the purchase', 'my payment', 'the charge', 'my order'] },
    password: { verbs: ['reset', 'forgot', 'cannot change', 'recover'], nouns: ['my password', 'the login', 'my account access', 'the pin'] },
    cancel: { verbs: ['cancel', 'stop', 'do not want', 'withdraw'], nouns: ['my order', 'the subscription', 'the purchase', 'my booking'] },
    stock: { verbs: ['is there stock of', 'when is back in stock', 'do you still sell', 'is available'], nouns: ['the blue lamp', 'the throw', 'size xl', 'the duvet'] },
  };
  const openers = ['hi', 'hello there', 'excuse me', '', 'quick question', 'please help'];
  const out: TrainingExample[] = [];
  const labels = Object.keys(intents);
  for (let i = 0; i < n; i++) {
    const label = labels[i % labels.length]!;
    const { verbs, nouns } = intents[label]!;
    out.push({ label, text: `${pick(openers)} ${pick(verbs)} ${pick(nouns)} ${rng() < 0.5 ? 'today' : 'thanks'}`.trim() });
  }
  return out;
}

describe('trainTextClassifier', () => {
  const train = synthetic(200, 1);
  const test = synthetic(200, 2);
  const classifier = trainTextClassifier(train);

  it('learns a small synthetic multi-class problem', () => {
    const m = scorePredictions(
      test.map((e) => e.label),
      test.map((e) => classifier.classify(e.text).label),
    );
    expect(m.accuracy).toBeGreaterThan(0.9);
    expect(m.macroF1).toBeGreaterThan(0.9);
    expect(classifier.labels).toEqual(['track', 'refund', 'password', 'cancel', 'stock']);
  });

  it('learns the same problem with the logistic loss, deterministically', () => {
    const a = trainTextClassifier(train, { loss: 'logistic', C: 10, seed: 3 });
    const b = trainTextClassifier(train, { loss: 'logistic', C: 10, seed: 3 });
    const m = scorePredictions(
      test.map((e) => e.label),
      test.map((e) => a.classify(e.text).label),
    );
    expect(m.accuracy).toBeGreaterThan(0.9);
    for (const e of test.slice(0, 20)) expect(a.margins(e.text)).toEqual(b.margins(e.text));
  });

  it('generalises to inflections and typos through character n-grams', () => {
    expect(classifier.classify('refunding the purchases').label).toBe('refund');
    expect(classifier.classify('pasword resett').label).toBe('password');
  });

  it('returns probability-like scores', () => {
    const r = classifier.classify('where is my parcel');
    expect(r.label).toBe('track');
    expect(r.known).toBe(true);
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
    const total = Object.values(r.scores).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(r.confidence).toBe(Math.max(...Object.values(r.scores)));
  });

  it('is deterministic for a seed', () => {
    const a = trainTextClassifier(train, { seed: 7 });
    const b = trainTextClassifier(train, { seed: 7 });
    for (const e of test.slice(0, 30)) expect(a.classify(e.text)).toEqual(b.classify(e.text));
  });

  it('handles empty and unknown text without throwing', () => {
    for (const text of ['', '   ', '??!!', 'zzqx vvjk', '🙂🙂']) {
      const r = classifier.classify(text);
      if (!/[a-z]/.test(text)) expect(r.known).toBe(false);
      expect(classifier.labels).toContain(r.label);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('copes with no examples and with a single label', () => {
    expect(trainTextClassifier([]).classify('anything')).toMatchObject({ label: '', confidence: 0, known: false });
    const one = trainTextClassifier([{ text: 'hello', label: 'greet' }]);
    expect(one.classify('hello there').label).toBe('greet');
  });

  it('can learn from the label names too', () => {
    const few = trainTextClassifier(
      [
        { text: 'my card has not come yet', label: 'card_arrival' },
        { text: 'what is the exchange rate today', label: 'exchange_rate' },
      ],
      { labelAsExample: true },
    );
    expect(few.classify('card arrival').label).toBe('card_arrival');
  });
});

describe('features', () => {
  it('tokenizes with accents folded and apostrophes dropped', () => {
    expect(tokenize("Don't charge my Café card!")).toEqual(['dont', 'charge', 'my', 'cafe', 'card']);
  });
  it('stems lightly', () => {
    expect(lightStem('deliveries')).toBe('delivery');
    expect(lightStem('charged')).toBe(lightStem('charging'));
    expect(lightStem('card')).toBe('card');
  });
});

describe('csv and evaluation helpers', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('text,category\r\n"hi, there","a"\r\n"say ""no""",b\n')).toEqual([
      ['text', 'category'],
      ['hi, there', 'a'],
      ['say "no"', 'b'],
    ]);
    expect(examplesFromCsv('text,category\n"where, is it",track\nrefund pls,refund')).toEqual([
      { text: 'where, is it', label: 'track' },
      { text: 'refund pls', label: 'refund' },
    ]);
  });

  it('splits stratified and few-shot, deterministically', () => {
    const data = synthetic(100, 3);
    const s = stratifiedSplit(data, 0.8, 1);
    expect(s.train.length + s.test.length).toBe(100);
    expect(s.train.filter((e) => e.label === 'track').length).toBe(16);
    expect(stratifiedSplit(data, 0.8, 1)).toEqual(s);
    const f = fewShotSplit(data, 3, 1);
    expect(f.train.length).toBe(15);
    expect(f.test.length).toBe(85);
  });

  it('scores accuracy, balanced accuracy and macro-F1', () => {
    const m = scorePredictions(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(m.accuracy).toBe(0.75);
    expect(m.balancedAccuracy).toBe(0.75);
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 6);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
  });
});
