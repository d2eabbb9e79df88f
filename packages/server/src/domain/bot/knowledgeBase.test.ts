import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { answerQuestion, SUGGEST_OPENING, SUGGEST_THRESHOLD, UNKNOWN_TEXT } from './answer.js';
import { ANSWER_THRESHOLD, answerFirst, buildKnowledgeBase, dividedThings, searchKnowledgeBase, splitPassages } from './knowledgeBase.js';
import { queryTerms } from './queryTerms.js';

const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const kb = buildKnowledgeBase(demo.articles);

describe('knowledge base', () => {
  it.each([
    ['Where is my order?', 'order-tracking'],
    ['How long do refunds take?', 'refunds'],
    ['can I still change the delivery address on my order', 'changing-an-order'],
    ['how do I wash the linen duvet cover', 'product-care'],
    ['which payment methods do you accept', 'payment-methods'],
    ['I forgot my password', 'account-and-password'],
    ['how much is shipping to germany', 'shipping'],
    ['when is the showroom open on saturday?', 'contact-and-hours'],
    ['how do I delete my account and data', 'privacy'],
    ['my gift card code is lost', 'gift-cards'],
  ])('answers %j from %s', (question, articleId) => {
    const reply = answerQuestion(kb, question);
    expect(reply.kind).toBe('answer');
    expect(reply.articleId).toBe(articleId);
    expect(reply.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it.each(['Do you sell garden furniture?', 'do you have a loyalty program', 'can you engrave my initials on a lamp base', 'what is error E77 on the bulb'])(
    'says it does not know %j',
    (question) => {
      const reply = answerQuestion(kb, question);
      expect(reply.kind).toBe('unknown');
      expect(reply.text).toBe(UNKNOWN_TEXT);
      expect(reply.text).toMatch(/ask for a person/i);
    },
  );

  it('when not sure but close, says so and shows the closest passage with its source, still as a miss', () => {
    const reply = answerQuestion(kb, 'my throw got a stain from red wine at the party last night');
    expect(reply.kind).toBe('unknown');
    expect(reply.confidence).toBeGreaterThanOrEqual(SUGGEST_THRESHOLD);
    expect(reply.confidence).toBeLessThan(ANSWER_THRESHOLD);
    expect(reply.text.startsWith(SUGGEST_OPENING)).toBe(true);
    expect(reply.text).toContain('spot clean with cold water');
    expect(reply.text).toMatch(/ask for a person/i);
    expect(reply.text.endsWith(`(From: ${reply.articleTitle})`)).toBe(true);
    // One word of several in common ("program" in "wool programme") or an error code the KB never names: no suggestion.
    for (const q of ['is there a loyalty program', 'what is error E77 on the bulb']) {
      const r = answerQuestion(kb, q);
      expect(r.confidence).toBeGreaterThanOrEqual(SUGGEST_THRESHOLD);
      expect(r.text).toBe(UNKNOWN_TEXT);
      expect(r.articleId).toBeUndefined();
    }
  });

  it('an article the question names by its title ("the student discount") outweighs the story around it', () => {
    const small = buildKnowledgeBase([
      { id: 'student', title: 'Student discount', body: '## How to get it\nVerify your student status with your university email to get 10 % off.' },
      { id: 'codes', title: 'Discount codes', body: "## Why isn't my code working?\nCodes apply to full-price items only, one per order." },
      { id: 'shipping', title: 'Shipping', body: 'We ship to Germany and France within 3 days.' },
    ]);
    const [best] = searchKnowledgeBase(small, "I'm a law student doing a master's in Leiden, does the student discount apply to me?", 1);
    expect(best?.articleId).toBe('student');
    // Without the title named, the same words score lower for it.
    const [plain] = searchKnowledgeBase(small, "I'm a law student doing a master's in Leiden, is there a discount for me?", 3).filter((h) => h.articleId === 'student');
    expect(plain!.confidence).toBeLessThan(best!.confidence);
  });

  it('weighs what a request asks the shop to do: an invoices passage without "split" does not settle "could you split it"', () => {
    const small = buildKnowledgeBase([
      { id: 'invoices', title: 'Invoices and VAT', body: '## Getting your invoice\nWe email a PDF invoice when your order ships. Company name and VAT ID for business orders can be added at checkout; an issued invoice cannot be changed.' },
      { id: 'shipping', title: 'Shipping', body: 'We ship to Germany and France within 3 days.' },
    ]);
    const split = queryTerms('Could you split the invoice into two, one per company?');
    expect(split.find((t) => t.terms[0] === 'split')?.action).toBe(true);
    // "Could you tell me…" frames a question; "tell" is no action asked of the shop.
    expect(queryTerms('Could you tell me where the invoice is?').some((t) => t.action)).toBe(false);
    // What "do you offer…" asks for is the action too; the framing and filler around it are not.
    const offered = queryTerms('Do you offer a professional re-proofing service I could send it to?').filter((t) => t.action).map((t) => t.terms[0]);
    expect(offered).toEqual(['professional', 're', 'proof', 'servic']);
    expect(queryTerms('do you have the invoice for my order?').filter((t) => t.action).map((t) => t.terms[0])).toEqual(['invoic']);
    // (Splitting an invoice is also a division the KB never speaks of, which caps both: see below. "Halve" is only an action.)
    const asked = searchKnowledgeBase(small, 'Could you halve the invoice, one per company?', 1)[0]!;
    const told = searchKnowledgeBase(small, 'The invoice should be halved, one per company.', 1)[0]!;
    expect(asked.articleId).toBe('invoices');
    expect(asked.confidence).toBeLessThan(told.confidence);
  });

  it('does not settle an action the KB never names at all ("could you laminate the gift card?"), however well the rest matches', () => {
    const r = answerQuestion(kb, 'could you laminate the gift card?');
    expect(r.kind).toBe('unknown');
    expect(r.confidence).toBeLessThan(ANSWER_THRESHOLD);
    // "Could you remind me…" frames the question like "tell": nothing is asked of the shop.
    expect(queryTerms('Could you remind me how long refunds take?').some((t) => t.action)).toBe(false);
    expect(answerQuestion(kb, 'Could you remind me how long refunds take?').kind).toBe('answer');
  });

  it('reads the e-mail address and the sums in a message as the case, not as what the KB lacks', () => {
    const known = (t: string) => kb.articleDf.has(t);
    const plain = queryTerms('how long do refunds take', known).map((t) => t.terms[0]);
    for (const asked of ['how long do refunds take? it was 74,90€', 'how long do refunds take, €129.00 + $99', 'how long do refunds take (jo.doe@example.com)', 'how long do refunds take? 49.95']) {
      expect(queryTerms(asked, known).map((t) => t.terms[0])).toEqual(plain);
      expect(answerQuestion(kb, asked)).toMatchObject({ kind: 'answer', articleId: 'refunds' });
    }
    // A bare number stays a word: it may be a model ("the Lumen 600") the KB does not know.
    expect(queryTerms('is the lamp 600 still sold', known).map((t) => t.terms[0])).toContain('600');
  });

  it('reads chat filler and uptake as no topic ("ngl", "aw ok", "no matter", "Great.", "vs")', () => {
    const heads = (q: string) => queryTerms(q).map((t) => t.terms[0]);
    expect(heads('Great. ngl aw ok, no matter how big the order is?')).toEqual(['big', 'order']);
    expect(heads('price match 289 vs 339')).not.toContain('vs');
    expect(heads('lowkey obsessed w the jacket')).toEqual(['obsess', 'jacket']);
  });

  it('reads "American Express" as the card, and "how fast" as how many days', () => {
    const small = buildKnowledgeBase([
      { id: 'payment', title: 'Payment methods', body: 'We accept Visa, Mastercard and American Express. Klarna is available in Germany.' },
      { id: 'shipping', title: 'Shipping times', body: '## EU\nStandard: 2–5 business days. Express: 1–2 business days to the EU, including Germany.' },
    ]);
    expect(searchKnowledgeBase(small, 'express to germany how fast', 1)[0]?.articleId).toBe('shipping');
    expect(searchKnowledgeBase(small, 'do you take american express?', 1)[0]?.articleId).toBe('payment');
  });

  it('answers an error code the KB explains however the question around it is worded, and not one it never names', () => {
    const small = buildKnowledgeBase([
      { id: 'watch', title: 'Watch troubleshooting', body: '## Error codes\n- E12: sync failed. Close and reopen the app, then restart the watch.\n- E20: battery too low for the update.' },
      { id: 'shipping', title: 'Shipping', body: 'We ship to Germany and France within 3 days.' },
    ]);
    const [hit] = searchKnowledgeBase(small, 'My watch keeps flashing E12 after almost every single run, what on earth is it trying to tell me?', 1);
    expect(hit?.articleId).toBe('watch');
    expect(hit!.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    const [unknownCode] = searchKnowledgeBase(small, 'My watch keeps flashing E33 after almost every single run, what on earth is it trying to tell me?', 1);
    expect(unknownCode?.confidence ?? 0).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('reads a long message by its question: the story around it is a small gap, and ranks little', () => {
    const story =
      'Hello, my daughter just moved into her first flat in Leeds after finishing university, and at her housewarming party with all her friends from work someone knocked a glass of red wine over the new linen duvet cover I gave her.';
    const asked = `${story} How do I wash the linen duvet cover?`;
    const reply = answerQuestion(kb, asked);
    expect(reply).toMatchObject({ kind: 'answer', articleId: 'product-care' });
    // The story's words are marked; the question's are not, even where the story uses them too.
    const terms = queryTerms(asked);
    expect(terms.find((t) => t.terms[0] === 'daughter')?.scene).toBe(true);
    expect(terms.find((t) => t.terms[0] === 'wash')?.scene).toBeUndefined();
    expect(terms.find((t) => t.terms[0] === 'duvet')?.scene).toBeUndefined();
    // What the KB cannot answer stays unanswered however long the story.
    const engrave = `${story.replace('someone knocked a glass of red wine over the new linen duvet cover I gave her', 'she loves the brass lamp I bought her')} Can you engrave her initials on the lamp base as a surprise?`;
    expect(answerQuestion(kb, engrave).kind).toBe('unknown');
    // A short message is one question, as before: nothing is marked.
    expect(queryTerms('My daughter spilled wine on it. How do I wash the linen duvet cover?').some((t) => t.scene)).toBe(false);
    // Nor in a long message with no question sentence.
    expect(queryTerms(story).some((t) => t.scene)).toBe(false);
    // "I was wondering whether…" is a question without its "?": its words are not the story's.
    const wondering = queryTerms(`${story} I was wondering whether you could engrave her initials on a lamp base.`);
    const engraveTerm = wondering.find((t) => t.terms[0]!.startsWith('engrav'));
    expect(engraveTerm).toBeDefined();
    expect(engraveTerm!.scene).toBeUndefined();
    expect(wondering.find((t) => t.terms[0] === 'daughter')?.scene).toBe(true);
  });

  it('reads a town the KB cannot place as the address in a question about sending ("shipping to Bologna"), not in others', () => {
    const r = answerQuestion(kb, 'how much is shipping to Bologna?');
    expect(r.kind).toBe('answer');
    expect(r.articleId).toBe('shipping');
    // Session 61: a showroom asked for in a town is settled by the showroom passage (it says where the one there is), as
    // the labels read "do you have a store in Madrid?" (restatements.ts).
    expect(answerQuestion(kb, 'do you have a showroom in Bologna?').articleId).toBe('contact-and-hours');
  });

  it('reads "policy" as framing when the KB never uses the word ("what is your return policy?")', () => {
    for (const q of ['What is your return policy?', "what's your returns policy"]) {
      const reply = answerQuestion(kb, q);
      expect(reply.kind, q).toBe('answer');
      expect(reply.articleId).toBe('returns');
    }
    // Alone it is still a word the KB lacks.
    expect(queryTerms('policy', () => false).map((t) => t.terms[0])).toEqual(['policy']);
  });

  it('quotes the relevant passage as plain text with its source', () => {
    const reply = answerQuestion(kb, 'How long do refunds take to show on my card?');
    expect(reply.text).toMatch(/\(From: Refunds: how long they take\)$/);
    expect(reply.text).not.toMatch(/\*\*|^#/m);
    // One passage, or two of the same article (answer.ts withRelatedSection), never the whole article.
    expect(reply.text.length).toBeLessThanOrEqual(1050);
    expect(reply.text).toContain('Banks usually take 3–10 working days');
    const sections = ['Banks usually take', 'Two-person courier fees', 'ask your bank about the reference'];
    expect(sections.filter((s) => reply.text.includes(s)).length).toBeLessThanOrEqual(2);
  });

  it('never matches on stop words alone', () => {
    expect(searchKnowledgeBase(kb, 'what is the and of it to you')).toEqual([]);
    expect(answerQuestion(kb, 'can you do it for me?').kind).toBe('unknown');
  });

  it('reads contractions and filler as stop words, and a word the KB never uses as much of what is asked', () => {
    // "where's" and "nothing since" say nothing about the topic; a parcel question is still a tracking question.
    expect(queryTerms("where's my parcel? nothing since monday").map((t) => t.terms[0])).not.toEqual(expect.arrayContaining(['wher', 'noth', 'sinc']));
    expect(answerQuestion(kb, "where's my parcel? tracking hasn't moved since monday").kind).toBe('answer');
    // An unseen word weighs as much as the KB's rarest: "electrician" is most of what is asked here.
    const [withUnseen] = searchKnowledgeBase(kb, 'installation of pendant lamps by an electrician', 1);
    const [without] = searchKnowledgeBase(kb, 'installation of pendant lamps', 1);
    expect(withUnseen!.confidence).toBeLessThan(without!.confidence * 0.76);
  });

  it('keeps confidence in [0, 1]', () => {
    for (const q of ['shipping shipping shipping', 'refund', 'lamp', 'x']) {
      for (const h of searchKnowledgeBase(kb, q)) {
        expect(h.confidence).toBeGreaterThanOrEqual(0);
        expect(h.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([['hi'], ['thanks!'], ['ok great'], ['perfect, that worked, thank you']])('treats %j as small talk', (msg) => {
    expect(answerQuestion(kb, msg).kind).toBe('info');
  });

  it('uses the previous answered question for a short follow-up on the same article', () => {
    const first = answerQuestion(kb, 'How long do refunds take?');
    const followUp = answerQuestion(kb, 'and with paypal?', { question: 'How long do refunds take?', articleId: first.articleId });
    expect(followUp.kind).toBe('answer');
    expect(followUp.articleId).toBe('refunds');
  });

  it('splits articles into sections with their headings', () => {
    const parts = splitPassages({ id: 'a', title: 'A', body: 'Intro.\n\n**First**\nOne.\n\n**Second**\nTwo.' });
    expect(parts).toEqual([
      { heading: '', text: 'Intro.' },
      { heading: 'First', text: '**First**\nOne.' },
      { heading: 'Second', text: '**Second**\nTwo.' },
    ]);
  });
});

describe('bot: title-pair boost hijacks questions that mention "gift card"', () => {
  it.each([
    ['I was charged twice for a gift card', 'Payment methods'],
    ['my refund for the gift card order, how long does it take', 'Refunds: how long they take'],
  ])('%s -> %s (not "Using a gift card": naming an article boosts it only in a close call)', (q, title) => {
    expect(answerQuestion(kb, q).articleTitle).toBe(title);
  });
});

describe('knowledge base: session 19 (fresh53)', () => {
  const small = buildKnowledgeBase([
    { id: 'shipping', title: 'Shipping', body: '## Dispatch\nExpress orders placed before 14:00 CET leave the warehouse the same day.' },
    // (Within a month, not 30 days: "day" would then be in every article, and "same day" would say little.)
    { id: 'privacy', title: 'Privacy', body: '## Download your data\nAccount > Privacy > Download my data gives you a copy of your personal data.\n## Delete your account\nWe delete your account and data within a month.' },
    { id: 'returns', title: 'Returns', body: '## Returns\nYou can return any item within a month for a refund.' },
  ]);
  it('puts a passage that answers before one ranked first on a shared word ("what size strap…": exchanges, about sizes)', () => {
    const hit = (id: string, confidence: number, incidental: boolean) => ({ id, confidence, incidental });
    expect(answerFirst([hit('exchanges', 0.15, true), hit('other', 0.2, false), hit('straps', 0.41, false)]).map((h) => h.id)).toEqual(['straps', 'exchanges', 'other']);
    // Not over a first hit that is a near miss on the whole question, nor for an incidental later one.
    expect(answerFirst([hit('a', 0.25, false), hit('b', 0.4, false)]).map((h) => h.id)).toEqual(['a', 'b']);
    expect(answerFirst([hit('a', 0.15, true), hit('b', 0.4, true)]).map((h) => h.id)).toEqual(['a', 'b']);
  });
  it('reads past a greeting and the clock time the customer writes from', () => {
    expect(queryTerms('morning! is the express order out the same day? its 11:20 here').map((t) => t.terms[0])).not.toEqual(expect.arrayContaining(['morn', '11', '20']));
    expect(queryTerms('the 11 kg tent').map((t) => t.terms[0])).toContain('11');
  });
  it('hears "everything you hold on me" as personal data and "go out today" as same-day dispatch', () => {
    const data = searchKnowledgeBase(small, 'How do I get a copy of everything you hold on me?', 1)[0]!;
    expect(data.articleId).toBe('privacy');
    expect(data.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    const today = searchKnowledgeBase(small, 'if I pick express, does it still go out today?', 1)[0]!;
    expect(today.articleId).toBe('shipping');
    expect(today.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });
});

describe('knowledge base: asked to divide what it issues', () => {
  it('reads what a message asks to divide, and how', () => {
    expect(dividedThings('Could you issue two separate invoices, one in each of our names?')).toEqual(['count:invoic']);
    expect(dividedThings('I need the invoice for LL-733480 split into two')).toEqual(['split:invoic']);
    expect(dividedThings('Can one order be split across two invoices?')).toEqual(['count:invoic']);
    // Written with a digit, or split "into" them.
    expect(dividedThings('can NW-930281 be split into 2 invoices, 2 cost centres')).toEqual(['count:invoic']);
    expect(dividedThings('could you split into separate receipts')).toContain('split:receipt');
    expect(dividedThings('order 2 jackets, invoice please')).toEqual([]);
    // What the KB answers in its own words: a payment split over a gift card and a card, a second parcel.
    expect(dividedThings('Can I split the payment between a gift card and my Visa?')).toEqual([]);
    expect(dividedThings('My order was split into two deliveries, where is the second tracking number?')).toEqual([]);
    expect(dividedThings('Is it possible to send the lamp to my office? Two different addresses.')).toEqual(['count:address']);
    // A double charge, a second parcel, a product name: nothing asked to be divided.
    expect(dividedThings('My statement shows two payments of €74.90')).toEqual([]);
    expect(dividedThings('it came in two parcels and one is missing')).toEqual([]);
    expect(dividedThings('the Halden 2 invoice')).toEqual([]);
  });

  it('is not sure when the KB explains the thing but never dividing it', () => {
    for (const q of ['Could you issue two separate invoices for my order, one per person?', 'Can the invoice be split between me and my sister?']) {
      expect(answerQuestion(kb, q).kind, q).toBe('unknown');
    }
    expect(answerQuestion(kb, 'Where can I download the invoice for my order?').kind).toBe('answer');
  });

  it('answers a split delivery (the KB\'s "Split deliveries") and a double charge as before', () => {
    expect(answerQuestion(kb, 'Can my order be split into two deliveries?')).toMatchObject({ kind: 'answer', articleId: 'order-tracking' });
    expect(answerQuestion(kb, 'I was charged for two payments of €74.90, why?').kind).toBe('answer');
  });
});

describe('knowledge base: what is asked of whom, and names it does not know', () => {
  it('reads what the store or "they" are asked to do, and the verb of "gift wrap"', () => {
    expect(queryTerms('could they keep a lamp aside for me till sunday?').filter((t) => t.action).map((t) => t.terms[0])).toEqual(['keep']);
    expect(queryTerms('Could you gift wrap it before it ships?').filter((t) => t.action).map((t) => t.terms[0])).toEqual(['gift', 'wrap']);
    // "they" is usually the items: "will they cope with swimming?" asks nothing of the shop.
    expect(queryTerms('the watches, will they cope with swimming in the sea?').some((t) => t.action)).toBe(false);
    expect(queryTerms('could the store keep one for me?').filter((t) => t.action).map((t) => t.terms[0])).toEqual(['keep']);
  });
  it('counts a model name the KB never mentions like a product name, unless the item itself is asked about', () => {
    const known = (t: string) => kb.articleDf.has(t);
    expect(queryTerms('I bought a Tarnby 7 three weeks ago, can I still return it?', known).find((t) => t.terms[0] === 'tarnby')?.product).toBe(true);
    expect(queryTerms('Is the Tarnby 7 back in stock?', known).find((t) => t.terms[0] === 'tarnby')?.product).toBeUndefined();
    // Words that only look like the item asked about ("on hold", "Stockholm", "specifically") leave it a name.
    expect(queryTerms('I was on hold for ages. I bought a Tarnby 7 in Stockholm, specifically for the cabin. Can I return it?', known).find((t) => t.terms[0] === 'tarnby')?.product).toBe(true);
    // A room, gate or terminal with its number is a place, not a product.
    expect(queryTerms('Can you deliver to Room 12 of my hotel?', known).some((t) => t.product)).toBe(false);
    const named = searchKnowledgeBase(kb, 'I bought a Tarnby 7 lamp three weeks ago, can I still return it?', 1)[0]!;
    const word = searchKnowledgeBase(kb, 'I bought a tarnby lamp three weeks ago, can I still return it?', 1)[0]!;
    expect(named.confidence).toBeGreaterThan(word.confidence);
  });
});

describe('asides are not topics', () => {
  const small = buildKnowledgeBase([
    { id: 'privacy', title: 'Privacy', body: '## Delete your account\nGo to My account > Privacy. Please note: orders on their way must be delivered first. Note that invoices are kept.' },
    { id: 'gifts', title: 'Gift wrapping', body: 'Add gift wrapping at checkout for €4. You can add a handwritten gift note of up to 200 characters.' },
  ]);

  it('"please note" in one article does not make "note" its word: "note 1" gets no confident answer from it', () => {
    expect(searchKnowledgeBase(small, 'note 1').filter((h) => h.articleId === 'privacy' && h.confidence >= ANSWER_THRESHOLD)).toEqual([]);
  });

  it('a note that is a thing still finds its article', () => {
    expect(searchKnowledgeBase(small, 'can I add a gift note?')[0]?.articleId).toBe('gifts');
  });
});
