import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from './smallTalk.js';

describe('detectSmallTalk', () => {
  it.each([
    ['hi!', 'greeting'],
    ['Guten Morgen', 'greeting'],
    ['hi! quick question', 'greeting'],
    ['can I ask something?', null],
    ['can I ask something', 'greeting'],
    ['thanks, that worked', 'thanks'],
    ['ok', 'ack'],
    ["thanks, I don't need anything else", 'thanks'],
    ["Thanks! Can't wait for it to arrive", 'thanks'],
    ["ok thanks, I'll wait then, no problem", 'thanks'],
  ])('%j is %s', (msg, kind) => {
    expect(detectSmallTalk(msg)).toBe(kind);
  });

  it('leaves questions and problems to the knowledge base', () => {
    expect(detectSmallTalk('hi, quick question: how long is shipping to Ghent')).toBeNull();
    expect(detectSmallTalk('thanks but it still does not charge')).toBeNull();
    expect(detectSmallTalk('my friend gave me a gift card')).toBeNull();
    // A question without its "?" after a "super" that is not praise.
    expect(detectSmallTalk('just back from a super muddy weekend. can the tent go in the washing machine or is that a terrible idea')).toBeNull();
    expect(detectSmallTalk('great, so is it the same for the US site')).toBeNull();
    // Requests that end in thanks or mention something found (BANKING77 utterances).
    expect(detectSmallTalk('Please check my payment from last Saturday as I feel I have been overcharged on the exchange rate.  Thank you.')).toBeNull();
    expect(detectSmallTalk('I want to reactivate my card, I found it after thinking it was lost.')).toBeNull();
    expect(detectSmallTalk("I have a payment that hasn't went through yet.")).toBeNull();
  });
});

describe('detectSmallTalk: saying what they will do with the answer', () => {
  it.each([
    ["ok I'll ask the neighbors and give it till tomorrow night", 'ack'],
    ['Ah so I must put 5 euro more. Ok I will add something small', 'ack'],
    ["it was from my aunt, ok I'll ask her", 'ack'],
    ['Ok good, then I stop worrying. I charge it on the kitchen table, not in the bed 🙂', 'ack'],
    ['Ok, CET, so one hour earlier for me in Lisbon. Obrigado!', 'thanks'],
    ['Ok, I will cancel and do it again with the code, thanks for the tip.', 'thanks'],
    ['did that, it synced. cheers', 'thanks'],
  ])('%j is %s', (msg, kind) => {
    expect(detectSmallTalk(msg)).toBe(kind);
  });

  it('leaves requests, questions and threats alone', () => {
    expect(detectSmallTalk("I'll need an invoice for my company")).toBeNull();
    expect(detectSmallTalk("ok I'll take my business elsewhere")).toBeNull();
    expect(detectSmallTalk("ok I'll wait, but it still hasn't moved since Monday")).toBeNull();
    expect(detectSmallTalk("ok I'll order today, can it arrive by Friday")).toBeNull();
    expect(detectSmallTalk("ok I'll file a chargeback then")).toBeNull();
  });
});

describe('detectSmallTalk: thanks that quotes what was needed', () => {
  it('is thanks when "what I needed" is praise, not a question', () => {
    expect(detectSmallTalk("Brilliant, that's exactly what I needed. Thank you.")).toBe('thanks');
    expect(detectSmallTalk("thanks, that's exactly what I needed but how do I return it")).toBeNull();
    expect(detectSmallTalk('great, just what I wanted. what about the jacket?')).toBeNull();
  });
});

describe('detectSmallTalk: "just what I needed" as sarcasm', () => {
  it('is not thanks when a complaint follows the praise', () => {
    expect(detectSmallTalk('Thanks. Just what I needed, a tent that leaks')).toBeNull();
    expect(detectSmallTalk('Perfect. Exactly what I needed, another delay. Thanks')).toBeNull();
    expect(detectSmallTalk('Great, just what I wanted: a jacket with a ripped seam.')).toBeNull();
  });
  it('is thanks in its other wordings', () => {
    expect(detectSmallTalk("That's exactly what I was after, thank you")).toBe('thanks');
    expect(detectSmallTalk('Just what I need, thanks!')).toBe('thanks');
    expect(detectSmallTalk('exactly what we were hoping for, thanks')).toBe('thanks');
  });
});
