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
    // "no" after an answer is no "Glad to hear it" (a review found that reply).
    ['no', null],
    ['nope', null],
    ['no thanks', 'thanks'],
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
    ['did that, it synced. cheers', 'thanks'],
    ['meh. lesson learned lol', 'ack'],
  ])('%j is %s', (msg, kind) => {
    expect(detectSmallTalk(msg)).toBe(kind);
  });

  // A review found each of these taken for small talk ("Glad to hear it") by the first version.
  it.each([
    ["I'll need an invoice for my company"],
    ["ok I'll take my business elsewhere"],
    ["ok I'll wait, but it still hasn't moved since Monday"],
    ["ok I'll order today, can it arrive by Friday"],
    ["ok I'll file a chargeback then"],
    ["ok I'll return it, it arrived damaged"],
    ['ok I will return it. the lamp arrived smashed'],
    ["ok I'll send it back, the zip broke after one day"],
    ["ok I will throw it away then, it's defective"],
    ["ok I'll order today, will it arrive by friday"],
    ["ok I'll order it then, do I need a code"],
    ["ok I'll try that, has it shipped yet"],
    ["ah ok I'll wait, any update on NW-123456"],
    ["Ok I'll add something small, then it ships free right"],
    ['ok i will wait for a human'],
    ["ok I'll wait for someone from your team"],
    ["ok I'll leave a 1 star review"],
    ["ok I'll post this on twitter"],
    ["ok I'll go to the police"],
    ['ok then I will tell everyone to avoid you'],
    ["ok I'll contact my bank then"],
    ["ok i'll just order a new one and pay again i guess"],
    ["Ah, a form. Of course there's a form. I'll fill it in and wait 2 days"],
    ["ok I'll just cancel my order then"],
    ["ok I'll delete my account"],
    ['ok I will need an invoice for my company'],
    ["good, I'll order now. my order number NW-123456 shows the wrong address"],
    ['ok thanks. its order NW-482913, €489,00 for the tent and lamp, just want to be sure it actually comes back'],
    ["PAY-101 again on my card, bank says everything's fine"],
  ])('leaves %j to the bot', (msg) => {
    expect(detectSmallTalk(msg)).toBeNull();
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

describe('detectSmallTalk: taking an answer, and what is not small talk (blind set fresh30/31)', () => {
  it.each([
    'Got it — so I pay for what I kept and just leave the returned part.',
    "Okay, one of them does say 'pending'. I'll wait and see then.",
  ])('"%s" takes the answer', (m) => {
    expect(detectSmallTalk(m)).toBe('ack');
  });

  it.each(['thank you, never mind then', 'ok never mind, thanks'])('"%s" is thanks', (m) => {
    expect(detectSmallTalk(m)).toBe('thanks');
  });

  it.each([
    'Brilliant. So we swallow 25% VAT because of one checkbox. Thanks a lot.',
    'Great. So I pay for your mistake. Thanks a lot.',
    "Perfect, thanks. I'll be buying somewhere else then.",
  ])('"%s" is a complaint in thanks, not thanks', (m) => {
    expect(detectSmallTalk(m)).toBeNull();
  });

  it.each(['ok thanks, my mistake, I will re-enter the code', 'Perfect, thanks a lot!'])('"%s" is still thanks', (m) => {
    expect(detectSmallTalk(m)).toBe('thanks');
  });

  it.each(['thanks! also the zip on my tent is torn', 'thanks, it never showed up though'])('"%s" brings a new problem', (m) => {
    expect(detectSmallTalk(m)).toBeNull();
  });

  it.each([
    // A new topic announced after the thanks; an injury report must never get "Glad to hear it".
    'ok cool. another thing — my son wore it last night and it left a red mark on his forehead',
    // Sarcasm with an amount: something specific to look at.
    '3 years, great, super reassuring when the balance page says €0.00 and I never spent a cent of it',
    // A question without "?": a clause that opens with a question word, or "wondering".
    'thanks. what time do you close on saturdays',
    'great, wondering if it fits a 3 person tent too',
  ])('"%s" needs an answer', (m) => {
    expect(detectSmallTalk(m)).toBeNull();
  });
});

describe('detectSmallTalk: thanks with "not now, just planning ahead" (blind set fresh51)', () => {
  it.each(['Thank you. Not calling now, just planning ahead.', 'Thanks, not urgent, just for future reference.'])('"%s" is thanks', (m) => {
    expect(detectSmallTalk(m)).toBe('thanks');
  });
  it('is not thanks when a problem follows', () => {
    expect(detectSmallTalk('thanks, not buying now but the tent still leaks')).toBeNull();
  });
});

describe('detectSmallTalk: review of session 19 patterns', () => {
  it.each([
    'Thanks. Not urgent, the tent pole snapped on my trip, I will send photos later.',
    'Thanks for nothing, not ordering from you again.',
    'cheers, not buying now, the price went up 40 euros overnight',
  ])('"%s" is no thanks', (m) => {
    expect(detectSmallTalk(m)).toBeNull();
  });
});

describe('small talk: praise beside a problem (session 26)', () => {
  it.each(['locked out after too many password tries. great', "So I'm penalised for buying early. Brilliant."])('"%s" is no acknowledgement', (m) => {
    expect(detectSmallTalk(m)).toBeNull();
  });
  it('"that worked, great thanks" still is', () => {
    expect(detectSmallTalk('that worked, great thanks')).toBe('thanks');
  });
});

describe('small talk: thanks for a problem already solved (session 26 review)', () => {
  it.each(['Thanks so much, it arrived today, only slightly delayed, no harm done.', 'Thanks, the replacement pole for the cracked one arrived today!'])('"%s" is thanks', (m) => {
    expect(detectSmallTalk(m)).toBe('thanks');
  });
});

describe('detectSmallTalk: praise after an answer (blind set fresh130)', () => {
  it.each(['Splendid.', 'Superb!', "Brilliant, that's exactly what I needed to know. You lot are the best!", 'Ha, so my trainer is wrong. Thanks!'])('%j takes the answer', (m) => expect(detectSmallTalk(m)).not.toBeNull());
  it.each(['Not exactly what I needed to know', 'so the charge is wrong. thanks', 'splendid, but the code still fails'])('%j is no small talk', (m) => expect(detectSmallTalk(m)).toBeNull());
});

describe('detectSmallTalk: a nudge while waiting (fresh131)', () => {
  it.each(['??', 'hello?', 'Hello??', 'anyone there?', 'are you still there?'])('%j is a nudge a greeting answers', (m) => expect(detectSmallTalk(m)).toBe('greeting'));
  it.each(['hello? where is my order', 'is anyone there who can help with a refund?', 'omg ur just copy pasting. great. really great.'])('%j is not', (m) => expect(detectSmallTalk(m)).toBeNull());
});

describe('detectSmallTalk: feedback, and problems that only sound settled (fresh132, fresh136)', () => {
  it.each(['Just wanted to say the Ridgeline 3P survived a proper Föhnsturm in Tyrol last weekend 😄', 'just wanted to say thanks, the jacket is amazing'])('%j is feedback', (m) => expect(detectSmallTalk(m)).not.toBeNull());
  it.each(['I want to say that the tent broke', 'my pace 5 stopped showing phone notifications, everything else syncs fine', "roughly is fine, i just need to know if it's under 2.5 kg for bikepacking"])('%j is not small talk', (m) => expect(detectSmallTalk(m)).toBeNull());
});

describe('detectSmallTalk: thanks for nothing (review)', () => {
  it('is no feedback', () => expect(detectSmallTalk('I just wanted to say thanks for nothing, the jacket leaks after one wash')).toBeNull());
});

describe('detectSmallTalk: what they want done is no thing fixed', () => {
  it('"i\'m happy to pay for it, i just want it fixed" asks; "ok that fixed it, thanks" does not', () => {
    expect(detectSmallTalk("i'm happy to pay for it, i just want it fixed rather than buying a new one")).toBeNull();
    expect(detectSmallTalk('ok that fixed it, thanks')).toBe('thanks');
  });
});

describe('session 48: thanks with the question said again', () => {
  it("\"Strava I've already got working, thanks. It's specifically Apple Health I'm after\" needs an answer", () => {
    expect(detectSmallTalk("Strava I've already got working, thanks. It's specifically Apple Health I'm after, for steps and heart rate.")).toBeNull();
    expect(detectSmallTalk("thanks, that's exactly what I was looking for")).toBe('thanks');
  });
});
