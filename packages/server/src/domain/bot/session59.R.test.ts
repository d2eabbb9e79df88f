/**
 * Session 59 (helper R): what the KB settles, read closer. A parcel marked delivered and "not here" in a sentence of its
 * own is the tracking passage's case; a card from another country's bank is the "cards issued in any country" line; the
 * beach is the salt the charging passage warns of; a full charge is a battery charged, not a cost; a story closed by
 * "anyway" is the story, though the product it names stays the question's; who the data is shared with is settled only
 * by a passage that says so. With look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { expandSynonyms, phraseHints } from './glossary.js';
import { sceneTerms } from './sceneTerms.js';
import { queryTerms } from './queryTerms.js';
import { asksWhoGetsData } from './narrowAsks.js';
import { answerQuestion } from './answer.js';
import { article, kbOf } from './testKb.js';
import { normalise } from './text.js';

const hints = (m: string) => phraseHints(normalise(m)).hints;

describe('a parcel marked delivered and not there', () => {
  it.each(['NW-830017 says delivered yesterday. It is not here.', "NW-123456 shows delivered since Monday. It's not here.", "Tracking says delivered. We don't have it.", 'my order is marked as delivered. nothing came to my door.'])(
    '%j is the tracking case',
    (m) => expect(hints(m)).toContain('delivered'),
  );
  it.each(['It says delivered. Can I change the delivery address for my next order?', 'NW-111222 shows delivered. It is not the colour I ordered.', 'tracking says delivered yesterday, the box is here and crushed', 'it says delivered, is that normal? It is not here yet, I guess'])(
    '%j is not',
    (m) => expect(hints(m).filter((h) => h === 'delivered' || h === 'says').length === 0 || /not here yet/.test(m)).toBe(true),
  );
});

describe("a card from another country's bank", () => {
  it.each(['do you take non-US cards on the US site?', 'my credit card is from a German bank, can I use it?', 'Can I pay with a foreign card on the EU shop?', 'I only have a UK credit card, will it work on the US site?', 'my card is from my Irish bank'])(
    '%j asks about cards issued abroad',
    (m) => expect(hints(m)).toContain('issued'),
  );
  it.each(['do you take cash on delivery in the US?', 'Can I use a US gift card on the EU site?', 'my card was declined, what now?', 'I paid by card from the US site'])('%j does not', (m) =>
    expect(hints(m)).not.toContain('issued'),
  );
});

describe('the beach is the salt of the charging passage', () => {
  it.each(['beach', 'beaches'])('%j', (w) => expect(expandSynonyms([w], '')).toContain('salt'));
});

describe('a full charge is a battery charged, not a cost', () => {
  const terms = (m: string) => queryTerms(m).find((t) => t.terms[0] === 'charg')?.terms;
  it.each(['how long does a full charge take?', 'how long does a full charge take on the Lumen 900R?', 'what is the charging time?'])('%j', (m) => expect(terms(m)).toEqual(['charg']));
  it.each(['is there a charge for express shipping?', 'why is there a charge on my card?', 'do you charge for returns?'])('%j may be a cost', (m) => expect(terms(m)).toContain('cost'));
});

describe('a story closed by "anyway"', () => {
  it.each([
    ['ok I need to tell someone: the Lumen 900R is RIDICULOUSLY bright, I lit up an entire campsite 😂 anyway, how long does a full charge take?', 'campsit'],
    ['the lumen 900r survived a whole week in the alps with us lol, my kids love it. anyway, how long does it take to charge fully?', 'alp'],
    ['my partner thinks I own too many headlamps haha anyways, do you ship to Norway?', 'partner'],
  ])('%j is the story', (m, story) => expect(sceneTerms(m)).toContain(story));
  it.each(['I was charged twice for my order anyway, how long does a refund take?', 'anyway, how long does shipping to Germany take?', 'can I return it anyway? it was a gift'])('%j has none', (m) =>
    expect(sceneTerms(m).size).toBe(0),
  );
  it("the product the story names stays the question's", () => {
    const q = queryTerms('ok I need to tell someone: the Lumen 900R is RIDICULOUSLY bright, I lit up an entire campsite 😂 anyway, how long does a full charge take?', () => true, false, undefined, {
      shop: '', devices: ['lumen'], brandedWords: new Map(), productKinds: new Map(),
    });
    expect(q.find((t) => t.terms[0] === 'lumen')?.scene).toBeUndefined();
    expect(q.find((t) => t.terms[0] === 'campsit')?.scene).toBe(true);
  });
});

describe('who the data is shared with', () => {
  it.each(['Which third parties do you share it with? Carriers, Klarna, anyone else?', 'who do you pass my address on to?', 'Do you share my data with third parties or advertisers?', 'which companies do you give my email to?'])(
    '%j asks',
    (m) => expect(asksWhoGetsData(normalise(m))).toBe(true),
  );
  it.each(['do you sell my data?', 'Are third-party sellers on Amazon eligible for price match?', 'How do I delete my account and all my data?', 'who do you send the parcel with?', 'can I share my activities with Strava?'])(
    '%j does not',
    (m) => expect(asksWhoGetsData(normalise(m))).toBe(false),
  );
  const kb = kbOf([
    article('privacy', 'Privacy and data deletion', 'We use your personal data only to process orders and run your account. We never sell personal data.\n\n**Download your data**\nAccount > Privacy > Download my data.'),
    article('price-match', 'Price match promise', '**Not eligible**\nMarketplace sellers (such as third-party sellers on Amazon or eBay), auction sites and outlet prices.'),
  ]);
  it('a passage that does not say so is no answer', () => expect(answerQuestion(kb, 'Which third parties do you share my data with?').kind).toBe('unknown'));
  it('one that says it settles it', () => {
    const shares = kbOf([article('privacy', 'Privacy', 'We share your data with carriers and payment providers only to deliver and bill your orders.')]);
    expect(answerQuestion(shares, 'Which third parties do you share my data with?').kind).toBe('answer');
  });
});
