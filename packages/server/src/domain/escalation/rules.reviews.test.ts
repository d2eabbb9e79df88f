import { describe, expect, it } from 'vitest';
import type { SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import { detectRules } from './rules.js';
import { findAmounts } from './amounts.js';
import { rulesSite as site, runRules, unknownReply as unknown } from './testContext.js';

// The site rules on the phrasings of older sets, blind sets and review helpers (sessions 18–21); rules.test.ts holds the rest.
const run = runRules;

describe('site rules: refunds chased in other words (older sets)', () => {
  it.each([
    ["Returned the Summit Pro 2 from NW-471039 on the 2nd. DHL shows it arrived in Leipzig on the 5th. Where are my €349?"],
    ['my return for order NW-127733 got to your warehouse nine days ago and I still haven\'t seen my two hundred and forty dollars. what\'s the holdup'],
  ])('%s', (m) => {
    expect(run([m])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('does not add the shipping asked back to an item of exactly 200', () => {
    const first = 'I sent back my Stormshell on Monday, it cost €200.00 exactly. How long until the money is back on my Mastercard?';
    expect(run([first])).toBeNull();
    expect(run([first, 'And do I get the €4.95 shipping back as well?'])).toBeNull();
    expect(run([first, 'And the €39 footprint from the same order as well, I sent that back too.'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: review of session 18 patterns', () => {
  it.each([
    ['I sent my €329 watch back for repair two weeks ago.', 'How long until it\'s back to me?'],
    ["I sent back the Ridgeline 3P (€289) because I want the 4P instead.", "How long until that's back in stock?"],
    ['I returned the Lumen 400 last week.', "Separate thing: I haven't received my €300 gift card, ordered on the 2nd."],
    ['I returned the Lumen 400 last week.', 'Also, where are my €250 boots? Ordered them on Monday.'],
  ])('not a refund over 200: %s / %s', (a, b) => {
    expect(run([a, b])).toBeNull();
  });
  it('adds an item even when the message also mentions postage', () => {
    const first = 'I sent back my Stormshell on Monday, it cost €200.00 exactly. How long until the money is back on my Mastercard?';
    expect(run([first, 'And the €39 footprint too, same parcel, I paid the postage myself as well.'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: blind sets fresh50/51 (session 19)', () => {
  it('reads "I want every cent of that back" and a Spanish "¿cuándo me devolvéis…?" as refunds', () => {
    expect(run(['Dropped both at UPS this morning. The watch was $279 and the lamp $89, I want every cent of that back on my Amex'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Hola, devolví dos chaquetas del pedido NW-447120. ¿Cuándo me devolvéis los 318 €?'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Hola, ¿cuándo me devolvéis los 150 €?'])).toBeNull();
  });
  it('adds an item that went back in the same box to the refund asked before', () => {
    const first = 'I sent back the Ridgeline 3P from NW-661930, it was $179.';
    expect(run([first, 'oh and the VoltPack went in the same box, that one was $59. when does the refund hit my amex?'])).toMatchObject({ trigger: 'rule' });
    expect(run([first, 'when does the refund hit my amex? the $59 VoltPack I kept.'])).toBeNull();
  });
});

describe('site rules: a VIP rejecting the answer in anger (fresh53, session 19)', () => {
  it('gives the VIP rule way to frustration when the KB had answered and the customer rejects it', () => {
    const site2 = { ...site, rules: [{ id: 'vip-human', when: { customerTier: 'vip' }, action: 'escalate-on-first-unresolved' }] } as SiteConfig;
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: "Why won't my voucher and my student code both go on the same order?", meta: {} },
      { seq: 2, authorType: 'bot', body: 'Codes cannot be combined.', meta: { kind: 'answer' } },
      { seq: 3, authorType: 'visitor', body: "You're joking. I've spent thousands with you and I can't even stack two codes? Ridiculous.", meta: {} },
    ];
    const ctx = { site: site2, customer: { tier: 'vip' }, transcript, current: transcript[2]!, answer: unknown };
    expect(detectRules(ctx)).toBeNull();
    // A new question the KB cannot settle, asked calmly, is still the VIP rule's.
    const calm = [...transcript.slice(0, 2), { seq: 3, authorType: 'visitor' as const, body: 'Could you hold the tent for me in the Berlin store until Friday?', meta: {} }];
    expect(detectRules({ ...ctx, transcript: calm, current: calm[2]! })).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: review of session 19 patterns', () => {
  it.each([
    ['I sent my $260 Pace 5 in for the warranty repair two weeks ago. When can I expect everything back?'],
    ['Bought the $329 Summit 2P tent. I need everything back in the stuff sack, how do I fold it?'],
    ['¿Cuándo me devolveréis los 2 relojes reparados? Valen 349 € cada uno.'],
  ])('not a refund over 200: %s', (m) => {
    expect(run([m])).toBeNull();
  });
  it('adds an item only when it went back too', () => {
    const first = 'I sent back the Ridgeline 3P, it was $179. When do I get my refund?';
    expect(run([first, 'And the $59 VoltPack I kept, that one is fine.'])).toBeNull();
    expect(run([first, 'The $79 stove came in the same parcel and it is perfect, keeping it.'])).toBeNull();
    expect(run([first, 'I put the $59 VoltPack in with it.'])).toMatchObject({ trigger: 'rule' });
  });
  it('reads "the whole lot back" and "devolveréis el dinero" as refunds', () => {
    expect(run(['The tent was €310 and leaked on night one. I want the whole lot back.'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Devolví la chaqueta de 320 €. ¿Cuándo me devolveréis el dinero?'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: refund chases in other words (older sets, session 19)', () => {
  it('reads "sending back … how long till the money is back", "still have nothing back", "when is that money going to show up"', () => {
    expect(run(["I'm sending back two things from NW-417760: the jacket €149 and the lamp €79. how long till the money is back on my PayPal?"])).toMatchObject({ trigger: 'rule' });
    expect(run(['I returned the Summit Pro 2 tent two weeks ago.', 'It was €449.00 and I still have nothing back on my card. When will I see it?'])).toMatchObject({ trigger: 'rule' });
    expect(run(["What does it mean when my return status says 'Checked'?", "ok it's the Summit Pro 2, $389.00, 'Checked' since Wednesday. when is that money actually going to show up?"])).toMatchObject({ trigger: 'rule' });
    expect(run(['I returned three items last week.', 'Lovely. The lamp was €79 and the jackets €149, that should all come back to my Visa, right?'])).toMatchObject({ trigger: 'rule' });
  });
  it('is no refund when the money is not what comes back', () => {
    expect(run(["I'm sending back the €249 watch for repair. How long till it's back with me?"])).toBeNull();
    expect(run(['I returned the tent last week.', 'When is the €250 gift card money going to show up on my account? I bought it separately.'])).toBeNull();
  });
});

describe('site rules: refunds over the amount, told the way customers tell them (session 21)', () => {
  it.each([
    // The money arriving, for a return already made or about to be.
    [['I want to return the Halden lamp and the Ember kettle, both unused.', 'Paid $129 for the lamp and $249 for the kettle. How long until that is back on my Amex?']],
    [['How do I send back a sofa throw?', "Label's printed. It was €349 plus the cushion at €39, so how long until the €388 is back on my Visa?"]],
    [['Hello, my Halden lamp went back to you on Monday. When can I expect my 249,00 € back on my Visa?']],
    [['Return for LL-370641 was dropped at the post office on Monday.', 'Just making sure I get the full two hundred and twelve euros fifty back on my Mastercard, not store credit.']],
    [['Hi, my return for order LL-852210 has said Checked since Monday.', 'Right. Two lamps, so two hundred and thirty-eight dollars in total. I just want to be sure the money is on its way.']],
    // Priced per item, the count said before the price or in the message before.
    [['Hello, I return two Halden lamps from order LL-660213, each one 179 USD, the tracking says delivered to you 2 weeks ago. Where is my money?']],
    [['I sent back the two linen throws from LL-370448 the week before last.', 'They were a hundred and twelve euros each. It has shown Checked since Monday but nothing has come through yet. When can I expect the money?']],
    [['hi, I returned two Halden lamps from order LL-556031', "they were 179 each. I'd like the refund on my Mastercard please"]],
    [["I'm sending back the lamp, the two wool cushions and the stool.", 'Just to check the money side: the lamp was €79, the cushions €45 each and the stool €54.90. That should all come back to my Visa?']],
  ])('%j', (messages) => {
    expect(run(messages)).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });

  it.each([
    // Under the amount, or no refund: the same shapes must not fire on their own.
    [['I returned two Halden lamps from order LL-556031', 'they were 79 each. When can I expect the money?']],
    [['I want to return the Halden lamp.', 'It cost $249. Do I need the original box?']],
    [['I sent back two throws.', 'I only returned one of them in the end, €112 each. When can I expect the money?']],
    [['Hi, my return for order LL-852210 has said Checked since Monday.', 'It was €129. I just want to be sure the money is on its way.']],
    [['How much does the Halden lamp cost? I saw it at 249 each in a bundle']],
  ])('not over the amount or not a refund: %j', (messages) => {
    expect(run(messages)).toBeNull();
  });
});

describe('site rules: a refund after a cancelled order number or a long product name sent back (session 21)', () => {
  it.each([
    [['sent the halden floor lamp back on monday, order LL-583301. how long till the €459 is back on my card?']],
    [['i cancelled LL-640918 like 10 min after ordering, it was $245.50. when does the money come back?']],
  ])('%j', (messages) => {
    expect(run(messages)).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('not when the cancelled order was small', () => {
    expect(run(['i cancelled LL-640918 like 10 min after ordering, it was $45.50. when does the money come back?'])).toBeNull();
  });
});

describe('site rules: from a review of the session-21 patterns (no refund over the amount)', () => {
  it.each([
    [["I'm returning two kids' rain jackets, size 128 each, how long does the refund take?"]],
    [['My wife and I ordered the same jacket, two separate orders.', 'I returned mine, the Stormshell. They were €129 each. When is my refund due?']],
    [['I ordered the Pace 5 in two sizes to try.', "Sent back the one that didn't fit yesterday, they're €149 each. When does the refund come?"]],
    [["Thinking of getting 3 lamps at 89 each. If one doesn't suit, is the refund the full 89?"]],
    [['I returned both VoltPack 20000 each in the original box, when is the refund due?']],
  ])('%j', (messages) => {
    expect(run(messages)).toBeNull();
  });
  it('a size or a pack is no price', () => {
    expect(findAmounts('We need 10 each in black and olive, packs of 12 each, my twins are size 140 each')).toEqual([]);
  });
});

describe('site rules: final review of session 21', () => {
  it('"thinking about getting a refund" is a refund, not a purchase not yet made', () => {
    expect(run(["I'm thinking about getting a refund for the €250 tent I returned last week, when does it come?"])).toMatchObject({ trigger: 'rule' });
  });
});
