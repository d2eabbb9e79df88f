import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { tagEnglish } from '../../site/englishTagger.js';
import { answerabilityModel } from '../../site/botModels.js';
import { buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { answerQuestion, SUGGEST_OPENING } from './answer.js';
import { answerabilityFeatures, predictAnswerable, type TreeModel } from './answerability.js';

const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const kb = buildKnowledgeBase(site.articles);

function featuresOf(question: string, first = true): Record<string, number> {
  const hits = searchKnowledgeBase(kb, question, 5);
  return answerabilityFeatures(kb, tagEnglish(question), hits[0]!, hits[1], first);
}

/** One tree: a question-sentence noun the KB never uses → -3 (p ≈ 0.05), otherwise +3 (p ≈ 0.95). */
const oneSplit = (threshold: number, rescue: number): TreeModel => ({
  features: ['nqU'],
  baseline: 0,
  trees: [[[0, 0.5, 1, 2, 0], [-1, 0, 0, 0, 3], [-1, 0, 0, 0, -3]]],
  threshold,
  rescue,
});

describe('answerabilityFeatures', () => {
  it('counts the words the passage lacks by part of speech, sentence and where the KB has them', () => {
    // "USB" and "port" are nouns of the question the KB never uses; "Halden" and "lamp" are in the passage found.
    const usb = featuresOf('does the Halden 3 lamp have a USB port?');
    expect(usb.nqU).toBe(2);
    expect(usb.nqP).toBeGreaterThanOrEqual(1);
    expect(usb.nq).toBe(1);
    expect(usb.first).toBe(1);
    // The story sentence's words are counted as story ("wore" a verb, "picnic" a noun), the question's as asked.
    const story = featuresOf('I wore the throw once at a picnic. Can I still return it?', false);
    expect(story.vsU).toBe(1);
    expect(story.nsU).toBe(1);
    expect(story.vqP).toBe(1);
    expect(story.nqU).toBeUndefined();
    expect(story.nsent).toBe(2);
    expect(story.first).toBe(0);
  });
});

describe('predictAnswerable', () => {
  it('walks each tree to a leaf and adds the leaves to the baseline', () => {
    const m = oneSplit(0.5, 0.95);
    expect(predictAnswerable(m, { nqU: 0 })).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(predictAnswerable(m, { nqU: 2 })).toBeCloseTo(1 / (1 + Math.exp(3)), 6);
    // A feature the message does not have is 0.
    expect(predictAnswerable(m, {})).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(predictAnswerable({ ...m, baseline: 1 }, { nqU: 0 })).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
  });

  it('keeps each tree\'s child positions its own when the trees are laid end to end', () => {
    // Tree 1: conf <= 0.3 ? (nqU <= 0 ? 1 : -1) : 2. Tree 2, a single leaf. Tree 3: nqU <= 1 ? 0.5 : -0.5.
    const m: TreeModel = {
      features: ['conf', 'nqU'],
      baseline: 0,
      trees: [
        [[0, 0.3, 1, 4, 0], [1, 0, 2, 3, 0], [-1, 0, 0, 0, 1], [-1, 0, 0, 0, -1], [-1, 0, 0, 0, 2]],
        [[-1, 0, 0, 0, 0.25]],
        [[1, 1, 1, 2, 0], [-1, 0, 0, 0, 0.5], [-1, 0, 0, 0, -0.5]],
      ],
      threshold: 0.5,
      rescue: 0.95,
    };
    const raw = (f: Record<string, number>) => -Math.log(1 / predictAnswerable(m, f) - 1);
    expect(raw({ conf: 0.2, nqU: 0 })).toBeCloseTo(1 + 0.25 + 0.5, 6);
    expect(raw({ conf: 0.2, nqU: 1 })).toBeCloseTo(-1 + 0.25 + 0.5, 6);
    expect(raw({ conf: 0.2, nqU: 2 })).toBeCloseTo(-1 + 0.25 - 0.5, 6);
    expect(raw({ conf: 0.9, nqU: 2 })).toBeCloseTo(2 + 0.25 - 0.5, 6);
    // The same model object again (its flattened form is kept): the same answers.
    expect(raw({ conf: 0.9, nqU: 0 })).toBeCloseTo(2 + 0.25 + 0.5, 6);
  });
});

describe('answerQuestion with an answerability model', () => {
  it('vetoes a confident passage the model doubts, and rescues an unconfident one it is sure of', () => {
    const judge = (threshold: number, rescue: number) => ({ tag: tagEnglish, model: oneSplit(threshold, rescue) });
    const covered = 'How long does a refund take?';
    expect(answerQuestion(kb, covered).kind).toBe('answer');
    // p ≈ 0.95: vetoed only when the bar is above it; the customer still sees the passage, hedged.
    expect(answerQuestion(kb, covered, undefined, false, false, judge(0.5, 0.99)).kind).toBe('answer');
    const vetoed = answerQuestion(kb, covered, undefined, false, false, judge(0.99, 0.99));
    expect(vetoed.kind).toBe('unknown');
    expect(vetoed.articleId).toBe('refunds');
    // Under the confidence bar with no unknown noun asked: rescued only when the model is sure enough.
    const thin = 'my bulb flickers when dimmed';
    const low = answerQuestion(kb, thin);
    expect(low.kind).toBe('unknown');
    expect(low.confidence).toBeGreaterThan(0);
    expect(answerQuestion(kb, thin, undefined, false, false, judge(0.5, 0.9)).kind).toBe('answer');
    expect(answerQuestion(kb, thin, undefined, false, false, judge(0.5, 0.99)).kind).toBe('unknown');
  });

  it('rescues at a lower bar when a miss would hand the customer off at once, and says so (hedged)', () => {
    const thin = 'my bulb flickers when dimmed';
    // p ≈ 0.95 for this passage: under a rescue bar of 0.99, over a first-miss bar of 0.9.
    const model = { ...oneSplit(0.5, 0.99), rescueFirstMiss: 0.9 };
    expect(answerQuestion(kb, thin, undefined, false, false, { tag: tagEnglish, model }).kind).toBe('unknown');
    const vip = answerQuestion(kb, thin, undefined, false, false, { tag: tagEnglish, model, firstMissHandsOff: true });
    expect(vip.kind).toBe('answer');
    expect(vip.text.startsWith(SUGGEST_OPENING)).toBe(true);
    // Without a first-miss bar, or with one above the model's p, the usual rescue decides.
    expect(answerQuestion(kb, thin, undefined, false, false, { tag: tagEnglish, model: oneSplit(0.5, 0.99), firstMissHandsOff: true }).kind).toBe('unknown');
    expect(answerQuestion(kb, thin, undefined, false, false, { tag: tagEnglish, model: { ...model, rescueFirstMiss: 0.97 }, firstMissHandsOff: true }).kind).toBe('unknown');
    // A first-miss bar above the usual rescue never makes the bot stricter; a rescue the usual bar makes is no hedge.
    const sure = answerQuestion(kb, thin, undefined, false, false, { tag: tagEnglish, model: { ...oneSplit(0.5, 0.9), rescueFirstMiss: 0.99 }, firstMissHandsOff: true });
    expect(sure.kind).toBe('answer');
    expect(sure.text.startsWith(SUGGEST_OPENING)).toBe(false);
    // An action the KB never names ("compensate") is no passage's to settle, however likely the model finds it.
    const compensate = 'could you compensate me for the late parcel?';
    expect(answerQuestion(kb, compensate, undefined, false, false, { tag: tagEnglish, model: oneSplit(0.5, 0.9) }).kind).toBe('answer');
    expect(answerQuestion(kb, compensate, undefined, false, false, { tag: tagEnglish, model, firstMissHandsOff: true }).kind).toBe('unknown');
    // A confident passage is answered as always, unhedged.
    const covered = answerQuestion(kb, 'How long does a refund take?', undefined, false, false, { tag: tagEnglish, model, firstMissHandsOff: true });
    expect(covered.kind).toBe('answer');
    expect(covered.text.startsWith(SUGGEST_OPENING)).toBe(false);
  });

  it('never answers what the customer has just said the passage does not answer, whatever the model says', () => {
    const sure = { tag: tagEnglish, model: oneSplit(0, 0) };
    const afterWarranty = { question: 'my pendant shade cracked when I knocked it over, is that covered by the warranty?', articleId: 'warranty' };
    expect(answerQuestion(kb, "I know it's not a warranty thing. Do you sell the shade on its own?", afterWarranty, false, false, sure).kind).toBe('unknown');
  });

  it('ships a model whose features are all ones the extractor makes, and that agrees on plain cases', () => {
    const made = new Set(['nq', 'nsent', 'len', 'conf', 'inc', 'first', 'gap2', ...['P', 'A', 'K', 'U'].flatMap((w) => [`all${w}`, ...['n', 'v', 'a', 'o'].flatMap((p) => [`${p}q${w}`, `${p}s${w}`])])]);
    expect(answerabilityModel.features.filter((f) => !made.has(f))).toEqual([]);
    expect(answerabilityModel.trees.length).toBeGreaterThan(10);
    const judge = { tag: tagEnglish, model: answerabilityModel };
    expect(answerQuestion(kb, 'How long does a refund take?', undefined, true, false, judge).kind).toBe('answer');
    expect(answerQuestion(kb, 'how do I reset my password?', undefined, true, false, judge).kind).toBe('answer');
    expect(answerQuestion(kb, 'Do you offer gift wrapping?', undefined, true, false, judge).kind).toBe('unknown');
    // The KB never speaks of bathrooms: the warranty passage matches "Halden 3 lamp" well enough for the threshold
    // (0.35), but the noun asked is nowhere in it.
    const bathroom = 'can my Halden 3 lamp go in the bathroom?';
    expect(answerQuestion(kb, bathroom, undefined, true).kind).toBe('answer');
    expect(answerQuestion(kb, bathroom, undefined, true, false, judge).kind).toBe('unknown');
  });
});
