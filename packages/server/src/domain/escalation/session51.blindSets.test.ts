/**
 * Session 51: what the session's blind sets (fresh201, 202, 204) showed the detectors and the bot reading wrongly,
 * each with the negatives that stand next to it.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, findHighStakes } from './highStakes.js';
import { correctTeam } from './teamCorrections.js';
import { runRules as run, teamsSite } from './testContext.js';
import { findExplicitRequest } from './explicitRequest.js';
import { scoreFrustration } from './frustration.js';
import { claimsRefund } from './refundClaim.js';
import { refundAmount } from './refundAmount.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { correctsAnswer } from '../bot/answer.js';
import { expandSynonyms, phraseHints, translateTerms } from '../bot/glossary.js';
import { normalise } from '../bot/text.js';
import { asksRestockDate } from '../bot/narrowAsks.js';
import { asksDeliveryPromise } from '../bot/deliveryPromise.js';

const shop = 'Northwind Gear';
const frustrated = (m: string) => scoreFrustration(m, [], true, shop).strongest;

describe('high stakes in words the patterns lacked', () => {
  it.each([
    ["the lumen core pack in my lumen 400 has gone all bulgy, the battery door won't even shut anymore.", 'safety'],
    ['Ich habe bei Klarna schon einen Streitfall eröffnet, aber die sagen, ich soll mich beim Händler melden.', 'dispute'],
    ['Wir haben bei der Bank einen Widerspruch eingereicht.', 'dispute'],
    ['the strap buckle on our lumen 900r snapped while my son was putting it on and the lamp hit him in the face.', 'injury'],
    ["he's got a cut above his eyebrow, not deep but it bled a lot", 'injury'],
    ['the pole whipped back and left him with a deep gash on his hand', 'injury'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)).toMatchObject({ kind }));
  it.each([
    'does the pace 5 get hot while charging? mine feels warm',
    'will the lumen 900r get really hot on the high setting?',
    'my jacket has a bulgy seam at the hood',
    'Ich habe bei Klarna ein Konto eröffnet, wie bezahle ich damit?',
    'how do I cut the guy lines to length without fraying them?',
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it('a device that got hot and burned someone still is one', () => {
    expect(findHighStakes('the pace 5 got really hot while charging and burned my wrist')).toMatchObject({ kind: 'injury' });
  });
});

describe('frustration said drily', () => {
  it.each([
    "it's been out for 2 MONTHS. great way to run a shop guys.",
    'guess i\'ll give my money to someone who actually has stuff to sell',
    'still flickers. 3 weeks old and already junk',
    'cleaned the contacts, still flickers. great quality control',
    "So I pay to post it back AND have to reorder it myself? Brilliant. Truly premium treatment for your 'valued' customers.",
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each([
    'what a great way to spend a weekend, thanks for the tips',
    'the jacket is great quality, love it',
    'we offer premium service for our customers at the club',
    "I'll give my old tent to someone who needs it",
    'only 2 weeks old and the zip sticks a bit, is that normal?',
  ])('%j is not', (m) => expect(frustrated(m)).toBeLessThan(1));
});

describe('a refund chased without the word', () => {
  it('"return … shows as received … how long till it\'s back on my card?" claims the money', () => {
    expect(claimsRefund(normalise("return for NW-884310 shows as received. how long till it's back on my card?"))).toBe(true);
    expect(run(["return for NW-884310 shows as received. it's the ridgeline 3p, paid two hundred forty nine dollars for it. how long till it's back on my card?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it.each(["if I return my $249 tent, how long till it's back on my card?", 'my return shows as received, can I order the other colour now?'])('%j claims nothing', (m) => expect(claimsRefund(normalise(m))).toBe(false));
  it('reads the German "wann ich das Geld zurückbekomme" and "die 287,40 € zurückhaben" as refunds', () => {
    expect(run(['Ich habe zwei Jacken aus NW-845230 zurückgeschickt, zusammen 259,80 €. Wann bekomme ich das Geld zurückbekomme?'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Ich habe die Bestellung NW-390027 komplett zurückgeschickt und möchte die 287,40 € zurückhaben.'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Ich habe die Stirnlampe zurückgeschickt und möchte die 79,00 € zurückhaben.'])).toBeNull();
  });
});

describe('the bot reading what the customer said about its answer', () => {
  it('"Shame, but fair enough. Thanks!" takes the answer', () => {
    expect(detectSmallTalk('Shame, but fair enough. Thanks!')).toBe('thanks');
    expect(detectSmallTalk('pity, but ok, thanks')).toBe('thanks');
    expect(detectSmallTalk('shame but ok thanks, it still doesnt charge though')).toBeNull();
  });
  it('"not how to connect it. what exactly gets shared…" sets the answer aside', () => {
    expect(correctsAnswer('not how to connect it. what exactly gets shared with Strava')).toBe(true);
    expect(correctsAnswer('not sure how to connect it, can you explain?')).toBe(false);
  });
  it('hears "how long is it good for?" as validity and "moved up to Summit" as a tier', () => {
    expect(phraseHints('how long is it good for he is slow at spending money').hints).toContain('valid');
    expect(phraseHints('ive been moved up to summit what does that get me').hints).toContain('tier');
    expect(phraseHints('is the jacket good for skiing').hints).not.toContain('valid');
  });
});

describe('the glossary for a hot car, a delivery deadline in German and the Austrian VAT ID', () => {
  it('translates them', () => {
    expect(translateTerms(['spatestens'])).toEqual(['delivery', 'by']);
    expect(translateTerms(['uid'])).toEqual(['vat', 'id']);
    expect(expandSynonyms(['van', 'glovebox'], '')).toEqual(['car', 'car']);
  });
});

describe('second batch (fresh205, 206, 208): risky words ruled out, said of a job, of another shop', () => {
  it.each([
    'Not trying to be difficult or do a chargeback or anything, I just want to know the timeline. UPS picked up my return on monday',
    "Purely hypothetical question before a 3 week trek: if a power bank starts to swell while I'm out, what am I supposed to do with it? Mine is fine btw",
    "I'm a lawyer so I'm in court or on a train most of the week lol. Which lasts longer, the Pace 5 or the Trailsense?",
    'locked out after fat-fingering my password a bunch of times. not hacked, just me being an idiot at 1am.',
    "another shop i use got hacked last month so now i'm paranoid. where do i turn on two-step verification?",
    "I've never had an account with you, can I order as a guest and pay $187 by card?",
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ["I'm a lawyer and I will take you to court over this", 'legal'],
    ['if my power bank starts to swell what do I do? mine has started to swell a bit actually', 'safety'],
    ["I've never had an account with you, but I just got a shipping email for NW-286457 and my Visa shows $187.35 from Northwind", 'security'],
    ["I'm not trying to be difficult but I've opened a chargeback with my bank", 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)).toMatchObject({ kind }));
});

describe('second batch: frustration and a request said in passing', () => {
  it.each([
    '30 days?? lol so you hold my points hostage for a month. great loyalty program guys, real rewarding',
    "whatever, i'll just shop at REI",
    'Das ist jetzt schon das DRITTE Mal, dass ich hier schreibe. Unfassbar schlechter Service.',
    "fantastic. third time standing in this queue. you guys really don't want returns, do you",
    'whatever. I\'ll just keep the stupid thing and never order again',
    'Ah, so I just sit tight over the weekend and hope for the best. Marvellous. Truly a triumph of modern logistics.',
    'Oh wonderful, so you keep my points hostage for another fortnight in case I send it back. Cracking system, that.',
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each([
    "fine, i'll just go to the store then",
    "whatever, i'll shop at your berlin store",
    'the Ridgeline is a triumph of design, love it',
    "I'll never order the wrong size again lol",
    "I'll just not order again without checking the size chart",
    "you don't want it wet, do you",
  ])('%j is not', (m) => expect(frustrated(m)).toBeLessThan(1));
  it('"is there a person in sales I could ask…" asks for one; later, not now, does not', () => {
    expect(findExplicitRequest('ok. is there a person in sales I could ask whether any are left in the Berlin store?', shop)).not.toBeNull();
    expect(findExplicitRequest('is there anyone in sales I could ask? no, wait, not now', shop)).toBeNull();
  });
  it('"to be clear, I\'m after…" sets the last answer aside; a restock by a date is asked', () => {
    expect(correctsAnswer("To be clear, I'm after the 400 specifically, running on the Core pack rather than batteries.")).toBe(true);
    expect(asksRestockDate(normalise('is the Trailsense going to be back in stock in olive green before mid-December?'))).toBe(true);
    expect(asksRestockDate(normalise('is the Trailsense back in stock in olive green?'))).toBe(false);
  });
});

describe('third round: a delivery promise in Spanish and German, points held back, a return turned down', () => {
  it.each(['si pido hoy, ¿me podéis garantizar que llega a Granada antes del viernes 14?', 'Können Sie mir garantieren, dass das Zelt bis Freitag ankommt?'])('%j asks for a promise', (m) =>
    expect(asksDeliveryPromise(normalise(m), shop)).toBe(true),
  );
  it.each(['¿cuánto tarda el envío express a Granada?', 'Wie lange dauert der Versand nach Wien?', 'la garantía de dos años, ¿qué cubre?'])('%j asks for none', (m) => expect(asksDeliveryPromise(normalise(m), shop)).toBe(false));
  const input = (m: string) => ({ topical: m, conversation: m, current: m });
  it('points held back are the money team\'s; a return turned down is the orders team\'s', () => {
    const pointsSite = { ...teamsSite, skills: teamsSite.skills.map((k) => (k.id === 'billing' ? { ...k, description: `${k.description} Loyalty points balances.` } : k)) };
    expect(correctTeam(pointsSite, 'orders', input('Why are the points from my tent order NW-207755 still showing as pending? It arrived a fortnight ago.'))).toBe('billing');
    expect(correctTeam(teamsSite, 'billing', input('Your warehouse refused my return of the Ridgeline 3P saying it was used. I expect you to refund me.'))).toBe('orders');
    expect(correctTeam(teamsSite, 'billing', input('my card payment was declined twice, then went through, and now I see two charges'))).toBe('billing');
  });
  it('a lawyer over a return turned down goes with the return, over money alone with the money', () => {
    const refused = detectHighStakes('I have already contacted the Verbraucherzentrale. I expect you to accept the return and refund me.', 2, 'Your warehouse refused my return of the Ridgeline 3P (NW-538861) saying it was used.');
    expect(refused?.skillDuty).toBe('returns?');
    expect(detectHighStakes('I have already contacted the Verbraucherzentrale. I expect you to refund me the €89.', 2, 'the refund for NW-538861 never came')?.skillDuty).toBe('refunds?');
  });
});

describe('third batch (fresh209, 210, 212)', () => {
  it.each([
    'Can I wear my Trailsense in the sauna after swimming? the one at my gym gets really hot',
    "it's not hot or swollen or anything, just blinking. plugged it in for a few hours",
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['the power bank got really hot in the sauna', 'safety'],
    ['Die Rückseite meiner Pace 5 ist aufgequollen, das Display hebt sich auf einer Seite schon ab.', 'safety'],
    ['no smoke or smell, but it is swollen and the case split', 'safety'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)).toMatchObject({ kind }));
  it('"is that legit or a scam??" asks; "this is a scam" says', () => {
    expect(frustrated("dhl want £38 import vat before they'll deliver my jacket. is that legit or a scam??")).toBeLessThan(1);
    expect(frustrated('you charged me twice, this is a scam')).toBeGreaterThanOrEqual(1);
    expect(frustrated('so i lose out because your checkout hides the code box. super customer friendly')).toBeGreaterThanOrEqual(1);
  });
  it('counts "6 of the Lumen 400 at €39,95 each", and one of them when one goes back', () => {
    expect(refundAmount('it was 6 of the Lumen 400 at €39,95 each').total).toBeCloseTo(239.7);
    expect(refundAmount("2 of the headlamps at €39 each came broken, I'm returning one").total).toBe(39);
  });
  it('"i want all of it back on my mastercard" after a return is a refund asked for', () => {
    expect(run(["stormshell pro leaks at the front zip, it's 3 weeks old", "i'll return it then. I paid €229,00 and i want all of it back on my mastercard, not store credit"])).toMatchObject({ trigger: 'rule' });
  });
});

describe('fourth batch (fresh213, 214, 216)', () => {
  it('a card given to a link from a sender that is not the shop is a takeover; at the checkout it is not', () => {
    expect(findHighStakes("Got an email with a link to update my card, so I entered my Visa details. Just noticed the sender is northwind-billing@example.net. That's not you, is it??")).toMatchObject({ kind: 'security' });
    expect(findHighStakes("I entered my card details at checkout, that's not you charging twice is it?")).toBeNull();
  });
  it('"can you put me through to the berlin store?" asks for a person there', () => {
    expect(findExplicitRequest('can you put me through to the berlin store? want to ask if they have the lumen 900r', shop)).not.toBeNull();
    expect(findExplicitRequest('how do I get through to the berlin store by tram?', shop)).toBeNull();
  });
  it.each(['Unbelievable. So you just ignore deletion requests? Brilliant.', 'I clicked it within 30 SECONDS. Does anyone over there actually test this website??'])('%j is frustrated', (m) =>
    expect(frustrated(m)).toBeGreaterThanOrEqual(1),
  );
  it.each(['So you just keep the old one? Brilliant, thanks!', 'does anyone over there know if the tent fits two?'])('%j is not', (m) => expect(frustrated(m)).toBeLessThan(1));
  it('"restocked… any time soon?" asks when', () => {
    expect(asksRestockDate(normalise("Is the Lumen 900R being restocked at the Portland store any time soon? It's showing as out of stock there."))).toBe(true);
  });
});

describe('a last self-review of the third and fourth rounds', () => {
  it.each(['Die Jacke wölbt sich an der Kapuze etwas, ist das normal?', 'la mochila está abombada por el peso, normal?', 'the sauna at the hotel was too hot, so I left the watch in the locker'])('%j is no incident', (m) =>
    expect(findHighStakes(m)).toBeNull(),
  );
  it.each(['super customer friendly staff in Berlin, lost my receipt but they sorted it', 'does anyone over there test the tents in rain? curious how you rate waterproofing'])('%j is not frustrated', (m) =>
    expect(frustrated(m)).toBeLessThan(1),
  );
  it('"2 of the jackets at €120 each but only returned one" is one', () => {
    expect(refundAmount('I bought 2 of the jackets at €120 each but only returned one').total).toBe(120);
    expect(refundAmount('3 of the tents at €150 each went back').total).toBe(450);
  });
});
