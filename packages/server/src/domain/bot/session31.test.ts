/** Retrieval and answer fixes from session 31's blind sets (fresh104, 105, 107), on a small knowledge base of their own. */
import { describe, expect, it } from 'vitest';
import type { Article, BotReply, TranscriptEntry } from '../pipelineTypes.js';
import { buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { buildSpellingFixer } from './spelling.js';
import { expandSynonyms } from './glossary.js';
import { answerQuestion, correctsAnswer } from './answer.js';
import { detectSmallTalk } from './smallTalk.js';
import { detectRepeatedFailure } from '../escalation/repeatedFailure.js';
import { refundAmount } from '../escalation/refundAmount.js';
import { scoreFrustration } from '../escalation/frustration.js';
import { testSite, unknownReply, answeredReply } from '../escalation/testContext.js';

const articles: Article[] = [
  { id: 'failed-payments', title: 'Failed or declined payments', body: '## Error codes\n- **PAY-101 Declined by bank**: your bank refused the payment. Ask your bank to allow online payments.\n- **PAY-402 Not approved**: Klarna didn\'t approve the purchase. Choose another payment method.' },
  { id: 'gift-cards', title: 'Gift cards', body: '## Using a gift card\nEnter the 16-digit code at checkout when you buy. You can use several gift cards on one order and pay the rest by card, Visa or debit card.' },
  { id: 'watch-care', title: 'GPS watch care', body: '## Water resistance\nThe Pace 5 and the Trailsense are rated 5 ATM: fine for swimming in the sea or a pool, not for diving.' },
  { id: 'shipping', title: 'Shipping times and costs', body: '## Delivery times\nStandard delivery takes 2–5 business days. Express delivery takes 1–2 business days and costs €12.95.' },
  { id: 'tracking', title: 'Tracking your order', body: '## Tracking says delivered\nIf tracking says delivered but the parcel is not there, check with neighbours and wait 48 hours. We deliver with DHL.' },
];
const kb = buildKnowledgeBase(articles);

describe('retrieval (session 31)', () => {
  it('puts the passage that explains an error code first, whatever else the message mentions', () => {
    const hits = searchKnowledgeBase(kb, "I'm trying to buy a tent and the checkout keeps giving me PAY-402. I'm using my normal Visa debit card. What's up?", 3);
    expect(hits[0]!.articleId).toBe('failed-payments');
  });
  it('reads a product name with its model number glued on as the name ("pace5")', () => {
    const glued = searchKnowledgeBase(kb, 'is the pace5 ok in the sea?', 1)[0]!;
    const spaced = searchKnowledgeBase(kb, 'is the pace 5 ok in the sea?', 1)[0]!;
    expect(glued.articleId).toBe('watch-care');
    expect(glued.confidence).toBeCloseTo(spaced.confidence, 5);
    // Not a code: "pay402" is no product.
    expect(searchKnowledgeBase(kb, 'what does pay402 mean', 1)[0]?.articleId).not.toBe('watch-care');
  });
  it('reads a slip one edit from several KB words as the one that puts a left-out letter back ("deliverd")', () => {
    const fixer = buildSpellingFixer(['The parcel was delivered. We deliver with DHL. Delivery is free.'], () => false);
    expect(fixer.fix('deliverd')).toBe('delivered');
    expect(buildSpellingFixer(['the hours and the house'], () => false).fix('hourse')).toBeNull();
  });
  it('reads chat shorthand for spans of time ("2 wks", "4 hrs")', () => {
    expect(expandSynonyms(['wks'], '')).toContain('week');
    expect(expandSynonyms(['hrs'], '')).toContain('hour');
  });
});

describe('the customer putting their own words right (session 31)', () => {
  it('is no correction of the answer', () => {
    expect(correctsAnswer('Oh wait, sorry, I meant the Lumen 900R, not the 400. Does that change the answer?')).toBe(false);
    expect(correctsAnswer("Sorry, I misread it, it's PAY-101, not PAY-402.")).toBe(false);
    expect(correctsAnswer('Sorry, I meant the Lumen 900R, not the 400, my mistake.')).toBe(false);
    expect(correctsAnswer('I mean offline maps, saved on the phone before I go up')).toBe(true);
    expect(correctsAnswer('no, I meant can you SELL me the part')).toBe(true);
  });
  const after = (question: string, reply: 'answer' | 'unknown', current: string, answer: BotReply) => {
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: question, meta: {} },
      { seq: 2, authorType: 'bot', body: reply === 'answer' ? 'Models and power: the Lumen 400 is rated IPX4.' : "I'm not sure", meta: { kind: reply, ...(reply === 'answer' ? { articleId: 'a' } : {}) } },
      { seq: 3, authorType: 'visitor', body: current, meta: {} },
    ];
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript, current: transcript[2]!, answer });
  };
  it('is no second attempt at a question the answer missed', () => {
    expect(after('Will my Lumen 400 survive being underwater?', 'answer', 'Oh wait, sorry, I meant the Lumen 900R, not the 400. Does that change the answer?', unknownReply)).toBeNull();
    expect(after('Will my Lumen 400 survive being underwater?', 'answer', "That's not what I asked, I meant under water for an hour", unknownReply)).toMatchObject({ trigger: 'repeated_failure' });
  });
  it('a question let go in a sentence of its own, then a new one asked, is no second attempt', () => {
    expect(after('Do you do gift wrapping at all?', 'unknown', "Not to worry, I'll wrap it myself. How long does delivery to Manchester take?", answeredReply)).toBeNull();
    expect(after('Do you do gift wrapping at all?', 'unknown', "Not to worry, I'll wrap it myself. How long does delivery to Manchester take?", unknownReply)).toBeNull();
    // Still asking for the wrapping: the same question again.
    expect(after('Do you do gift wrapping at all?', 'unknown', 'Not to worry. But could you gift wrap it if I pay extra?', unknownReply)).toMatchObject({ trigger: 'repeated_failure' });
  });
});

describe('money (session 31)', () => {
  it('an order total the customer says it "came to" is not refunded beside the one item going back', () => {
    expect(refundAmount("I ordered a tent and a headlamp together, order NW-258843, came to €318. I'm only sending back the headlamp, €39.").total).toBe(39);
    expect(refundAmount('My order totalled €318 and I am only returning the lamp (€39).').total).toBe(39);
    expect(refundAmount("It came to €318. I'm returning both, when do I get the refund?").total).toBe(318);
  });
  it('thanks and praise closing a message that owns up to a mistake is sincere; after "still broken" it is not', () => {
    expect(scoreFrustration("Ah, so the normal detergent was the wrong call. I'll rewash it with a tech wash. Thanks, really useful!").labels).not.toContain('sarcasm');
    expect(scoreFrustration('Still broken after the reset, never worked. Thanks, really useful.').labels).toContain('sarcasm');
  });
});

describe('chat shorthand (session 31)', () => {
  it('a delivery by an abbreviated day is a promise asked for, which delivery times do not settle', () => {
    expect(answerQuestion(kb, 'how long does express delivery take?').kind).toBe('answer');
    // Not even the delivery-times passage offered as a near miss: no passage promises a date.
    expect(answerQuestion(kb, 'can u guarantee my express delivery gets there by thurs?')).toMatchObject({ kind: 'unknown', confidence: 0 });
    expect(answerQuestion(kb, 'can you guarantee express delivery by sat?')).toMatchObject({ kind: 'unknown', confidence: 0 });
  });
  it('thanks with a "though" and more after it asks for something still', () => {
    expect(detectSmallTalk("Thanks for the drying tips. The weights though, even a rough figure for the Summit Pro 2 would help, I'm counting grams here.")).toBeNull();
    expect(detectSmallTalk('ah ok, thanks though!')).toBe('thanks');
    expect(detectSmallTalk("thank you, I'll try that tho")).toBe('thanks');
  });
});
