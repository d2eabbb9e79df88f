import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { kbGapPhrases } from './kbGaps.js';

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
