import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { tagEnglish } from '../../site/englishTagger.js';
import { kbGapNounPhrases, kbGapPhrases } from './kbGaps.js';

const articles: Article[] = [
  { id: 'watch', title: 'GPS watch: pairing', body: 'Pair the watch with the app over Bluetooth. Notifications from your phone show on the watch.' },
  { id: 'jacket', title: 'Caring for your jacket', body: 'Wash the jacket at 30 degrees and tumble dry to restore the water repellency. We offer a repair service for zips.' },
];

describe('kbGapPhrases', () => {
  it('gives the phrase around a word the KB never uses, as typed', () => {
    expect(kbGapPhrases('does the watch show WhatsApp notifications?', articles)).toEqual(['watch show WhatsApp notifications']);
    expect(kbGapPhrases('Do you offer a re-proofing service for the jacket?', articles)).toEqual(['re-proofing service']);
    expect(kbGapPhrases('can I pair it with amex', articles)).toEqual(['amex']);
  });

  it('gives nothing when every word is known, or for a message in another language', () => {
    expect(kbGapPhrases('how do I pair the watch with my phone?', articles)).toEqual([]);
    expect(kbGapPhrases('¿Puedo lavar la chaqueta en la lavadora con detergente normal?', articles)).toEqual([]);
    expect(kbGapPhrases('anything', [])).toEqual([]);
  });

  it('cuts a long run of words to the unknown one and its neighbours, and stops at the limit', () => {
    expect(kbGapPhrases('jacket zips repair service engraving watch bluetooth phone', articles)).toEqual(['service engraving watch']);
    expect(kbGapPhrases('kayaking, canoeing, rafting, climbing', articles)).toEqual(['kayaking', 'canoeing']);
    // The customer's own name and chat filler are no gap.
    // A unit after a number is no topic ("20 min" gave the fact "min").
    expect(kbGapPhrases("reset email never comes, it's been 20 min", articles)).not.toContain('min');
    expect(kbGapPhrases("Hi, it's Sarah Kowalczyk here, I mean do you do re-proofing?", articles, 2, new Set(['sarah', 'kowalczyk']))).toEqual(['re-proofing']);
  });
});

describe('kbGapNounPhrases (with the English tagger)', () => {
  const gaps = (text: string, exclude?: Set<string>) => kbGapNounPhrases(text, articles, tagEnglish, 2, exclude);
  it('names the thing asked about as a noun phrase, not the verbs and adverbs around it', () => {
    // The old reading gave "Frankly" and "faff" (words the KB never uses) and missed the service asked about.
    expect(gaps("Thank you. Frankly I'd rather not faff about with sprays. Do you offer a re-proofing service where I post it in?")).toEqual(['re-proofing service']);
    expect(gaps('Can I buy just the one pole section for my jacket?')).toEqual(['pole section']);
    expect(gaps('nice, done. does the app also sync to apple health?')).toEqual(['apple health']);
    expect(gaps('Do you run any kind of trade-in scheme?')).toEqual(['trade-in scheme']);
  });
  it('prefers what the questions ask over the story around them', () => {
    expect(gaps('We run a kayak school at the lake. Will I get WhatsApp notifications on the watch?')).toEqual(['WhatsApp notifications']);
    // Nothing asked: the story's gap is the topic.
    expect(gaps('We run a kayak school at the lake.')).toEqual(['kayak school', 'lake']);
  });
  it('gives nothing for known words the KB also puts together, another language, or the customer\'s own name', () => {
    expect(gaps('how do I pair the watch with the app?')).toEqual([]);
    expect(gaps('Do you offer a repair service for zips?')).toEqual([]);
    expect(gaps('¿Puedo lavar la chaqueta en la lavadora con detergente normal?')).toEqual([]);
    expect(gaps("Hi, it's Sarah Kowalczyk here. Do you wash jackets?", new Set(['sarah', 'kowalczyk']))).toEqual([]);
    expect(kbGapNounPhrases('anything', [], tagEnglish)).toEqual([]);
  });
});
