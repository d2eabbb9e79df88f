import { describe, expect, it } from 'vitest';
import { frustrationModel } from '../../site/botModels.js';
import { detectFrustration } from './frustration.js';
import { detectLearnedFrustration } from './learnedFrustration.js';
import { messageProbability, type MessageModel } from './messageModel.js';
import { alternatingTurns } from './testContext.js';

/** Reads "exhausting" as anger and nothing else. */
const tiny: MessageModel = { words: { exhausting: [1, 6] }, chars: {}, intercept: -2, threshold: 0.7 };

function learned(model: MessageModel | undefined, ...turns: string[]) {
  return detectLearnedFrustration({ ...alternatingTurns(...turns), frustration: model });
}

describe('frustration in words of their own', () => {
  it('fires after the bot had its chance, on what the model reads', () => {
    expect(learned(tiny, 'where is my parcel?', 'honestly this is exhausting.')).toMatchObject({ trigger: 'frustration', evidenceSeq: 3 });
    expect(learned(undefined, 'where is my parcel?', 'honestly this is exhausting.')).toBeNull();
    expect(learned(tiny, 'where is my parcel?', 'where is my parcel?')).toBeNull();
  });

  it('leaves an opener to the patterns: frustration there needs outright hostility', () => {
    expect(learned(tiny, 'honestly this is exhausting, where is my parcel?')).toBeNull();
  });

  it('leaves a message that repeats an earlier one to the patterns', () => {
    // Four of its six words were in the first message.
    expect(learned(tiny, 'my parcel is exhausting to track', 'parcel still exhausting to track')).toBeNull();
    expect(learned(tiny, 'my parcel is late', 'this is exhausting to track')).not.toBeNull();
  });

  it('does not read praise as anger unless something is wrong beside it', () => {
    for (const text of ['Wow, exhausting trip but thanks, great help!', 'Brilliant, exhausting week over.']) {
      expect(learned(tiny, 'where is my parcel?', text), text).toBeNull();
    }
    for (const text of ['Great. Still nothing. Exhausting.', 'thanks for nothing, this is exhausting', 'wow?? exhausting']) {
      expect(learned(tiny, 'where is my parcel?', text), text).not.toBeNull();
    }
  });
});

describe('the shipped frustration model', () => {
  it('reads frustration the patterns miss', () => {
    for (const text of ['Honestly this is exhausting.']) {
      const ctx = alternatingTurns('where is my parcel NW-123456?', text);
      expect(detectFrustration(ctx), text).toBeNull();
      expect(detectLearnedFrustration({ ...ctx, frustration: frustrationModel }), text).toMatchObject({ trigger: 'frustration' });
    }
  });

  it('is kept from praise, which alone it reads as sarcasm', () => {
    for (const text of ['Wow!', 'Fantastic!', "Oh wow, free exchanges? That's brilliant, no other shop does that.", "WOW!!! that's fast!!!"]) {
      // The model alone reads 0.88, 0.84, 0.78 and 0.88 here (the last two review helpers').
      expect(messageProbability(frustrationModel, text), text).toBeGreaterThanOrEqual(frustrationModel.threshold);
      expect(detectLearnedFrustration({ ...alternatingTurns('where is my parcel NW-123456?', text), frustration: frustrationModel }), text).toBeNull();
    }
  });

  it('does not read order numbers, thanks or calm follow-ups as anger', () => {
    for (const text of ['NW-734026', 'ok thanks', 'order NW-112233, placed on Monday', 'and how long does the refund take?']) {
      expect(detectLearnedFrustration({ ...alternatingTurns('where is my parcel?', text), frustration: frustrationModel }), text).toBeNull();
    }
  });
});
