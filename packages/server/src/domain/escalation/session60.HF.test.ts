/**
 * Session 60 (HF): an order someone else put on the customer's account (and, with the login lost, the sign-in team's);
 * a person asked for as "is there a manager available?", "this one needs a person honestly", "put me through to the
 * warehouse"; sarcastic praise underlined ("Outstanding support. Truly."), a promised number of days passed and shouted
 * about, German praise before "wieder nur ein Link"; and the mild "das hilft nicht" with a new question, which is none.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration } from './frustration.js';
import { alternatingTurns as ctx, northwindNames } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
const frustrated = (...turns: string[]) => detectFrustration(ctx(...turns))?.trigger ?? null;

describe('high stakes: an order someone else placed on the account', () => {
  it.each([
    'Someone ordered two headlamps on my account that I did not place. Order NW-391746 showed up in my email this morning.',
    "somebody placed an order through my account for a tent, it's going to an address in Hamburg",
    'Hackers made three orders with my account overnight, NW-112233 and two more',
    'There are two orders on my account that I never placed, NW-445566 and NW-445567',
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
  it.each([
    'can someone place an order on my account for me? my card keeps failing',
    'my husband ordered a jacket on my account, can I return it?',
    'if someone orders on my account, will I get an email?',
    "I ordered a tent on my account but didn't place the footprint order yet, can I add it?",
    'someone at the office ordered these for us on our account, how do I get the VAT invoice?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it('locked out with no charge named is the sign-in team\'s; with a charge, the fraud team\'s', () => {
    expect(detectHighStakes('Someone ordered two headlamps on my account that I did not place. Now it won\'t let me log in at all.', 1)?.skillHint).toBe('account login password');
    expect(detectHighStakes('Someone ordered two headlamps on my account that I did not place and my card was charged €89. I can\'t log in either.', 1)?.skillHint).toBe('fraudulent charges');
    expect(detectHighStakes('Someone ordered two headlamps on my account that I did not place.', 1)?.skillHint).toBe('fraudulent charges');
  });
});

describe('explicit request: a person asked after, or said to be needed', () => {
  it.each([
    'Is there a manager available? The damaged form keeps rejecting my photos for order NW-139057',
    'is there someone available right now? my parcel NW-445566 went to the wrong address',
    'Are there any agents free? need help with a refund',
    'I think this one needs a person honestly. NW-990871, the tent arrived crushed and a pole is missing',
    'Honestly this needs a human now, the refund for NW-112233 is three weeks late',
    'this case really requires a manager, tbh',
    'can u put me through to the warehouse? need to know if NW-531902 has left yet',
    'please connect me with your warehouse team, my parcel hasn\'t shipped',
  ])('%j asks', (m) => expect(asks(m)).toBe(true));
  it.each([
    'it needs a person to sign for it, right?',
    'the tent needs two people to pitch, is that right?',
    "I don't think this needs a person, just tell me the return window",
    'is there someone available on Saturdays if I need help?',
    'is there a manager at the Berlin store I could ask about a fitting?',
    'is there a size M available in the olive colour?',
    'is there a person available for in-store fittings in Munich?',
    "I'll send it back to the warehouse tomorrow",
    'does the warehouse put me through a second check if I return twice?',
  ])('%j does not', (m) => expect(asks(m)).toBe(false));
});

describe('frustration: sarcastic praise underlined, a broken promise shouted, German praise before the same let-down', () => {
  it('an opener with the price, the let-down and the underlined praise is hostile already', () => {
    expect(frustrated("Wow, so the watch I bought for $249 just stops charging after 3 months and your answer is 'wipe the contacts'. Outstanding support. Truly.")).toBe('frustration');
  });
  it.each([
    'The strap broke twice and the reply was to wait another week. Stellar service. Really.',
    "so the app still won't sync after the update and your fix is to reinstall. Great job. Bravo.",
    "it's been Checked for 9 business days!! you said 5!! WHAT is going on",
    'your email said 3 days and it has been 8 days now. WHERE is my parcel',
    "the site says 5 days and we're at 12 business days already!!",
    'FANTASTISCH. Wieder nur ein Link. Ich will jetzt wissen wo mein Paket ist!!',
    'Toll. Schon wieder der gleiche Artikel. Wo ist meine Erstattung?',
    'Great. Again just a link to the FAQ. Where is my order?',
  ])('after an answer, %j is frustration', (m) => expect(frustrated('where is my order?', m)).toBe('frustration'));
  it.each([
    'My jacket arrived a day early and fits perfectly. Outstanding service. Truly.',
    'Great support, truly, thanks for sorting the invoice so fast',
    "it's been 9 business days, you said 5, can you check?",
    "you said 5 days and it's been 3, so it should come Friday?",
    "you said 5!! that's amazing, it came in 2 days",
    'Super. Wieder da? Dann bestelle ich die Jacke in M.',
    'Perfekt, danke. Wieder was gelernt.',
    'Super, die Jacke ist wieder verfügbar!',
  ])('after an answer, %j is not', (m) => expect(frustrated('where is my order?', m)).toBeNull());
});

describe('frustration: a mild "that does not help" and at once another way asked for', () => {
  it.each([
    'Das hilft nicht, die Farbe ist nicht mehr verfügbar. Kann ich stattdessen eine andere Jacke nehmen und die Differenz zahlen? Bestellung NW-665120',
    "That doesn't help, the size is sold out. Can I swap it for the olive one instead?",
    'Das hilft mir nicht. Kann ich die Jacke einfach zurückschicken?',
  ])('%j is a new question', (m) => expect(frustrated('I got the wrong colour jacket, can I swap it?', m)).toBeNull());
  it.each([
    'Das hilft nicht!! Lesen Sie überhaupt meine Nachrichten?',
    "that doesn't help at all, I've asked three times. useless",
    'Das hilft nicht. Das ist jetzt das dritte Mal, dass Sie mir den gleichen Text schicken!',
  ])('%j is still frustration', (m) => expect(frustrated('I got the wrong colour jacket, can I swap it?', m)).toBe('frustration'));
});
