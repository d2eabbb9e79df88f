/** Repeated-failure phrasings from sessions 17–18 (blind sets) and the reviews of their patterns. */
import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { testSite as site, unknownReply as unknown, afterReplies as transcript } from './testContext.js';

describe('repeated failure: checking what was said, and leaving (session 17)', () => {
  const at = (kind: string, current: string, answer: BotReply = unknown) => {
    const t = transcript([kind], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer });
  };
  it.each([
    'Sorry, I am little confused. My order is $82, so I have to pay $6.95 or not? I am in New Jersey.',
    "Sorry, I not understand, I get money or not? My aunt paid it, I don't have her card.",
    'Excuse me, I am not sure I understood. So for 70 euro I pay nothing for the postage?',
  ])('a confused check of an answer is no miss: %s', (m) => {
    expect(at('answer', m)).toBeNull();
  });
  it('"or not?" after an answer, without confusion, still presses', () => {
    expect(at('answer', 'so can I return it or not?')?.trigger).toBe('repeated_failure');
  });
  it('"just so I get it right" after a "not sure" is a check, not the question again', () => {
    expect(at('unknown', "sorry, just so I get it right — I pay zero for delivery even though it's Belgium and not Germany?")).toBeNull();
  });
  it.each(["Kiitos, that's clear!", 'Good. See you Sunday then, so to speak.', 'sound', 'Brilliant, have a good weekend', 'found the manage order link in the email, sorted', "it's been in a drawer all winter, if that matters"])('taking it and leaving, or a detail offered, is no attempt: %s', (m) => {
    expect(at('unknown', m)).toBeNull();
  });
  it.each(['great, still nothing about engraving though', 'perfect. but I need the engraving done', 'lovely, can you engrave it then?', 'it is still not sorted, the lamp will not charge'])('still an attempt: %s', (m) => {
    expect(at('unknown', m)?.trigger).toBe('repeated_failure');
  });
});

describe('repeated failure: pressing after an answer (session 17)', () => {
  const afterAnswer = (current: string) => {
    const t = transcript(['answer'], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown });
  };
  it.each([
    'Right, but is it stored inside the EU or with a US cloud provider?',
    'ok but which companies actually get my data then?',
    'yes but physically, the servers are in Germany or in some US cloud?',
    'any rough date though? even just the month?',
    'not even planned for next year? Berlin is a long way for us',
    "I don't want a warranty claim, I bent it myself. I just want to buy a spare pole section",
  ])('"%s" says the answer did not give it', (m) => {
    expect(afterAnswer(m)?.trigger).toBe('repeated_failure');
  });
  it.each(['Ah, shame. Apple Pay works though?', 'It is not even Black Friday yet, they call it an early deal', 'cleaned the contacts, not even the charging icon shows', 'ok, and how long does shipping take?'])('"%s" does not', (m) => {
    expect(afterAnswer(m)).toBeNull();
  });
});

describe('repeated failure: attempts a review of session 17 found excused', () => {
  const at = (kind: string, current: string) => {
    const t = transcript([kind], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown });
  };
  it.each([
    "I didn't get a tracking number or any email",
    "I didn't get the refund yet and it's been 3 weeks",
    'it makes a clicking sound when I press the button and then turns off',
    'the watch was great until it stopped charging last week, tried two cables',
  ])('after "not sure", still an attempt: %s', (m) => {
    expect(at('unknown', m)?.trigger).toBe('repeated_failure');
  });
  it.each(['ok but how long does shipping to Austria take?', 'Sure, but one more question: do you ship to Switzerland?', 'Is there any approximate weight for the 2-person version?', "not even sure which size I need, I'm 182cm"])('after an answer, a new question is no miss: %s', (m) => {
    expect(at('answer', m)).toBeNull();
  });
});

describe('repeated failure: it sorted itself out (fresh48)', () => {
  it.each(['neighbour had it 🙃 sorry!', 'never mind, it turned up this afternoon', 'found it, my bad', 'my flatmate signed for it, all sorted'])('"%s" is no second attempt', (m) => {
    const t = transcript(['unknown'], m);
    expect(detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown })).toBeNull();
  });
  it.each(['my neighbour had it but it is the wrong jacket, what now?', 'found it, but it is still broken'])('"%s" still is', (m) => {
    const t = transcript(['unknown'], m);
    expect(detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown })).toMatchObject({ trigger: 'repeated_failure' });
  });
});

describe('repeated failure: closings that look like pressing (older sets)', () => {
  it.each(["Very good, thank you. My English is not perfect, sorry.", "nice, nothing's wrong with it, I just wanted to know 🙂", 'ok, just curious'])('"%s" is no second attempt', (m) => {
    for (const kind of ['unknown', 'answer']) {
      const t = transcript(['unknown', kind], m);
      expect(detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown })).toBeNull();
    }
  });
  it.each(["My English is not perfect, sorry. But it still doesn't answer: can you engrave it or not?", 'I just wanted to know if you engrave, is that a no?'])('"%s" still is', (m) => {
    const t = transcript(['unknown'], m);
    expect(detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown })).toMatchObject({ trigger: 'repeated_failure' });
  });
});

describe('repeated failure: review of session 18 patterns', () => {
  const fires = (m: string) => {
    const t = transcript(['unknown'], m);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown });
  };
  it.each([
    'I meant whether you ship to Svalbard, I just wanted to know',
    'Thank you. Sorry my English is bad but I still need to know if you repair the zip',
    'The parcel turned up today with the wrong colour inside',
    'My neighbour had it, the box is soaked and the lamp shade is crushed',
    "I found it in settings, there's no export option there",
    'never mind the tracking, I need the parcel redirected to my office',
  ])('still an attempt: %s', (m) => {
    expect(fires(m)).toMatchObject({ trigger: 'repeated_failure' });
  });
  it.each(['my English is not perfect, sorry', 'it arrived after all, sorry for the bother', 'The concierge had it all along, sorry!'])('no attempt: %s', (m) => {
    expect(fires(m)).toBeNull();
  });
});

describe('repeated failure: the answer did not fit, said outright (fresh53, session 19)', () => {
  const at = (kind: string, current: string, answer: BotReply = unknown) => {
    const t = transcript([kind], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer });
  };
  it.each([
    ["yeah i don't have the codes, that's the whole problem. can two-step be reset some other way?", 'answer'],
    ['no gift cards involved, just two normal cards on one order', 'answer'],
    ["I don't want to delete anything or download anything, I just want my details corrected.", 'unknown'],
  ])('%s (after an %s)', (m, kind) => {
    expect(at(kind, m, { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.5 })?.trigger).toBe('repeated_failure');
  });
  it.each([
    "ok good. i don't want to delete anything, i just want the camping emails and none of the running stuff",
    'no rush at all, just curious',
  ])('not after taking the answer: %s', (m) => {
    expect(at('answer', m, { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.5 })).toBeNull();
  });
});

describe('repeated failure: review of session 19 patterns', () => {
  const answer: BotReply = { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.5 };
  const at = (current: string) => {
    const t = transcript(['answer'], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer });
  };
  it.each([
    "I don't want to be a pain, I just wanted to say the tent is brilliant.",
    "I don't want to take up your time, I only wanted to check you got my return. Thanks!",
    'No rush on it, just whenever you can.',
    'no name on it, just the order number NW-552310',
    "Lovely — light and packable, that's the whole point for me.",
  ])('politeness, details and agreement are no attempt: %s', (m) => {
    expect(at(m)).toBeNull();
  });
  it.each([
    "I'm not after a refund, I just want a new strap.",
    "There's no voucher involved here, only my debit card.",
    'I never said I wanted to return it. I just want it fixed.',
  ])('the answer corrected: %s', (m) => {
    expect(at(m)?.trigger).toBe('repeated_failure');
  });
});

/** The verdict on `current` after the bot said it did not know. */
function afterUnknown(current: string) {
  const t = transcript(['unknown'], current);
  return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown });
}

describe('repeated failure: a hedged passage taken (fresh52, session 19)', () => {
  const at = afterUnknown;
  it.each([
    "cool, it's on the desk not the bed so we're good 👍",
    'found the backup codes in my notes app, phew',
  ])('taking it or sorting it is no attempt: %s', (m) => {
    expect(at(m)).toBeNull();
  });
  it('"meh, figured. and …" opens another question', () => {
    expect(at("meh, figured. and if I buy from you and then find it cheaper at an actual store, what's the deadline?")).toBeNull();
  });
  it.each(["we're good on the size but it still won't charge", 'found the form but it still gives an error, is there another way?'])('still an attempt: %s', (m) => {
    expect(at(m)?.trigger).toBe('repeated_failure');
  });
});

describe('repeated failure: taking a "no" (fresh65, session 23)', () => {
  const at = afterUnknown;
  it.each(['yeah figured as much, worth a shot', 'thought so. oh well', 'ah well, no harm asking'])('"%s" is no attempt', (m) => {
    expect(at(m)).toBeNull();
  });
  it('pressing after it still is', () => {
    expect(at('figured as much, but can you check anyway?')?.trigger).toBe('repeated_failure');
  });
});

describe('repeated failure: a "no" taken, then asked again (review, session 23)', () => {
  const at = afterUnknown;
  it.each([
    'figured. so where else can I get it engraved',
    'oh well, what about a gift note then',
    'thought so. any other shop you would recommend for engraving',
    'worth a shot. could you ask the warehouse if they can wrap it',
  ])('"%s" is another attempt', (m) => {
    expect(at(m)?.trigger).toBe('repeated_failure');
  });
  it('"no biggie, I\'ll sort it myself" is none', () => {
    expect(at("no biggie, I'll sort it myself")).toBeNull();
  });
});

describe('repeated failure: the page given only talks about something else (session 29)', () => {
  const at = (current: string) => {
    const t = transcript(['answer'], current);
    return detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknown });
  };
  it.each(['red LED specifically, so my eyes stay dark-adapted. the care page only talks about batteries', 'the article you sent just talks about returns, I asked about repairs'])('%s', (m) => {
    expect(at(m)?.trigger).toBe('repeated_failure');
  });
  it.each([
    'The answer only talks about the 900R, which is the one I have. How long does a full charge take?',
    'The care page only talks about washing, which is what I needed. Can I tumble dry it too?',
    'The page just talks about unused items, so a tent I pitched once in the garden is fine, right?',
    'The product page just says about 2-5 days for the Ridgeline, is that only for Germany?',
  ])('a page that only speaks of what the customer needs is built on: %s', (m) => {
    const t = transcript(['answer'], m);
    expect(detectRepeatedFailure({ site, customer: {}, transcript: t, current: t[t.length - 1]!, answer: { kind: 'answer', text: 'x', confidence: 0.8 } })).toBeNull();
  });
});
