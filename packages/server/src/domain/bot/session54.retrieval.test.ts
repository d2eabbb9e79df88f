/**
 * Session 54's retrieval fixes, on a small KB of its own: the sea asked as salt or a boat, battery life asked as "more
 * hours of GPS recording".
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { ANSWER_THRESHOLD, buildKnowledgeBase, searchKnowledgeBase } from './knowledgeBase.js';
import { queryTerms } from './queryTerms.js';
import { asksForAService, asksStoreStock, asksToBuyAPart, asksToPayDifference } from './serviceAsks.js';
import { asksRestockDate } from './narrowAsks.js';
import { normalise } from './text.js';

const article = (id: string, title: string, body: string): Article => ({ id, title, body });
const kb = buildKnowledgeBase(
  [
    article('lamp-care', 'Headlamps: use and care', '**Flickering or dim light**\nUsually caused by low batteries or dirty contacts.\n\n**Storage and care**\n- Rinse with fresh water after use near the sea, and let it dry with the port cover open.'),
    article('watch-care', 'GPS watch care and battery life', '**Battery life (typical)**\n- Pace 5: 30 hours in GPS mode.\n- Trailsense: 45 hours in GPS mode.\n\n**Straps**\nBoth watches use standard 22 mm straps.'),
    article('shipping', 'Shipping times and costs', '**EU**\n- Standard: 2–5 business days, €4.95.'),
  ],
  undefined,
  undefined,
  'Acme Outdoors',
);
const top = (q: string) => searchKnowledgeBase(kb, q, 1)[0];
const terms = (q: string) => queryTerms(q).flatMap((t) => t.terms);

describe('the sea in the customer\'s words', () => {
  it.each(['could the salt be doing that?', "I'm on a boat most weekends with my headlamp", 'we live on the coast, how do I look after the watch?'])('%j speaks of the sea', (q) => expect(terms(q)).toContain('sea'));
  it('"the lamp flickers, I\'m on a boat a lot, could the salt do that?" finds the care passage', () => {
    expect(top("my headlamp flickers on high. I'm on a boat a lot, could the salt be doing that?")?.articleId).toBe('lamp-care');
  });
});

describe('battery life asked as hours of GPS', () => {
  it('"which one gives me more hours of GPS recording?" is battery life', () => {
    expect(terms('Which one gives me more hours of GPS recording?')).toEqual(expect.arrayContaining(['battery', 'life']));
    const hit = top('Deciding between the Trailsense and the Pace 5 for the John Muir Trail. Which one gives me more hours of GPS recording?');
    expect(hit?.articleId).toBe('watch-care');
    expect(hit?.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });
  it('"more hours of sleep" is not', () => expect(terms('I need more hours of sleep before the trip')).not.toContain('battery'));
});

describe('narrow asks of the second batch', () => {
  it.each(['Can I order just a new magnetic cable from you?', 'could I buy a spare pole section?', 'Can we get a replacement strap separately?'])('%j asks to buy a part', (m) =>
    expect(asksToBuyAPart(normalise(m))).toBe(true),
  );
  it.each(['Can I get a refund for the cable?', 'the cable was missing from the box, can I get a new one?', 'Can I get the tent by Friday?'])('%j does not', (m) =>
    expect(asksToBuyAPart(normalise(m))).toBe(false),
  );
  it('"Do you offer a battery replacement for it? Happy to pay" asks for a service', () => {
    expect(asksForAService(normalise('My Lumen 900R only manages 2 hours on high. Do you offer a battery replacement for it? Happy to pay for it.'))).toBe(true);
    expect(asksForAService(normalise('How do I replace the batteries in the Lumen 400?'))).toBe(false);
  });
  it('"it\'s only available in black… Is olive in S coming back, and roughly when?" asks when stock returns', () => {
    expect(asksRestockDate(normalise("I've just seen it's only available in black. Is olive in S coming back, and roughly when?"))).toBe(true);
    expect(asksRestockDate(normalise('When is the courier coming back to collect the parcel?'))).toBe(false);
    expect(asksRestockDate(normalise('when is my refund coming back to my card?'))).toBe(false);
  });
});

describe('narrow asks: a place\'s shelf today, "just that one section"', () => {
  it('"is the Pace 5 in slate actually in stock at Portland right now?" asks a store\'s stock', () => {
    expect(asksStoreStock(normalise("ok great. is the Pace 5 in slate actually in stock at Portland right now? i'd rather try it on at the demo table"))).toBe(true);
    expect(asksStoreStock(normalise('is it in stock at checkout right now?'))).toBe(false);
    expect(asksStoreStock(normalise('is the olive one in stock at all right now?'))).toBe(false);
  });
  it('"Can I buy just that one section from you?" asks to buy a part', () => {
    expect(asksToBuyAPart(normalise('One of the pole sections cracked. Can I buy just that one section from you?'))).toBe(true);
    expect(asksToBuyAPart(normalise('Can I buy just that one tent in green?'))).toBe(false);
  });
});

describe('the third batch: a reaction before the next question, a down jacket, paying more on an exchange', () => {
  it('"amazing. and can i swim in it?" asks about swimming only', () => {
    expect(terms('amazing. and can i swim in it afterwards?')).not.toContain('amaz');
    expect(terms('Amazing battery life, does it last a week?')).toContain('amaz');
  });
  it('"my down jacket" is the down and insulated jackets', () => expect(terms('can I put my down jacket in the dryer?')).toContain('insulat'));
  it('"exchange… The red is €20 more — can I just pay the extra?" asks to pay the difference', () => {
    expect(asksToPayDifference(normalise("I'd like to exchange my Stormshell in navy for the red. The red is €20 more — can I just pay the extra?"))).toBe(true);
    expect(asksToPayDifference(normalise('Can I pay the extra €12.95 for express shipping?'))).toBe(false);
    expect(asksToPayDifference(normalise('How do I exchange my jacket for a bigger size?'))).toBe(false);
  });
});
