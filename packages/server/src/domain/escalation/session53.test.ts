/**
 * Session 53: known misses from the earlier reviews, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { highStakesModel } from '../../site/botModels.js';
import { scoreFrustration } from './frustration.js';
import { detectLanguage } from './language.js';
import { correctTeam } from './teamCorrections.js';
import { refundAmount } from './refundAmount.js';
import { chat, fiveTeamsSite, repeatedFailureOf } from './testContext.js';

const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;

describe('frustration: a dry word of praise, then the problem still there', () => {
  it.each(['Great. How many more weeks then?', 'Perfect. Where is it then?', 'Lovely. When is it actually arriving then?', 'Great. How much longer?'])(
    '%j is sarcasm',
    (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1),
  );
  it.each(['Great! What now?', 'Great. So how do I return it then?', 'Perfect, thanks. Where do I print the label?', 'Great. How many days does a refund take?'])(
    '%j is sincere',
    (m) => expect(frustrated(m)).toBe(0),
  );
});

describe('high stakes: a burn from a device, the body part unnamed', () => {
  it.each([
    'Not your fault obviously, but I got a nasty burn from the VoltPack 20000 last night',
    'can someone call me tomorrow about the burn from my lumen 400?',
    'the burn I got from the power bank still hurts',
  ])('%j is an injury', (m) => expect(findHighStakes(m)?.kind).toBe('injury'));
  it.each([
    'if you get a burn from the power bank what do I do?',
    'could I get a burn from the lumen 400 if it gets hot?',
    'how do I avoid the burn from the lumen on max?',
    'is there any risk of a burn from the battery?',
    'I got a sunburn from the hike, any lightweight long-sleeve jackets?',
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('language: a short question wholly in Spanish', () => {
  it('"¿Aceptáis PayPal?" is Spanish enough to hand over', () => {
    expect(detectLanguage('¿Aceptáis PayPal?')).toMatchObject({ language: 'es', substantive: true });
  });
  it.each(['gracias!!', 'Hola!', '¿PayPal?', 'Danke schön', 'ok PayPal?'])('%j is not', (m) => expect(detectLanguage(m).substantive).toBe(false));
});


describe('frustration: comfort or class said of a let-down, a Spanish botch', () => {
  it.each([
    "yeah 'fill in a form'. super. very reassuring when my kid's birthday is sunday",
    'on the product page. in tiny grey letters. wow, classy move, really classy',
    'otra vez PAY-101 y mi banco dice que la tarjeta está perfecta. vaya chapuza de web, en serio',
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each(['Very classy. Thank you!', "that's very reassuring, thanks", "it's very reassuring when you know the warranty is 2 years, thanks", 'hice una chapuza al lavarla, ¿cómo la impermeabilizo?'])(
    '%j is not',
    (m) => expect(frustrated(m)).toBe(0),
  );
});

describe('team corrections, session 53', () => {
  const site = fiveTeamsSite;
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['billing', "my pace 5 runs don't show up in apple health, is that even supported?", 'technical'],
    ['orders', 'can i roll back the firmware on my pace 5? new update broke the altimeter. downgrade to the version before', 'technical'],
    ['orders', "the Trailsense I ordered yesterday (NW-601877) is for my husband's 40th. Could you engrave 'Always north, M.' on the back?", 'sales'],
    ['orders', 'Ich hab das Summit Pro 2 bestellt (NW-512640). Jetzt sehe ich es bei Bergzeit 40 € günstiger. Bekomme ich die Differenz zurück?', 'sales'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(correctTeam(site, from, input(m))).toBe(to));
  it.each([
    ['billing', 'I paid with Apple Pay and was charged twice'],
    ['orders', 'the firmware update came with the parcel NW-123456 but the box was damaged'],
    ['orders', 'the engraved watch arrived broken, NW-601877'],
  ])('%s keeps %j', (from, m) => expect(correctTeam(site, from, input(m))).toBe(from));
});

describe('refund amount: shipping is no item, a bill is no refund', () => {
  it.each([
    ["The refund for the Stormshell I sent back (NW-330915), €200.00 exactly, has said 'Refund issued' since Tuesday. And I paid €12.95 for express, do I get that back too?", 200],
    ['I returned the tent, €189, and paid €12.95 for express shipping, do I get that back too?', 189],
    ["The return for NW-815502 (one Stormshell, €179) shows 'Refund issued' today. Do I still have to pay the €179 Klarna invoice that's due Friday?", 179],
    ['I returned two jackets, €129 and €99, please refund', 228],
    ['I returned the Summit Pro 2 (€349) and the express jacket... sorry, the Stormshell (€189)', 538],
  ])('%j is %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('session 53, second batch: signs denied, heat from outside, a fix reported, a team asked for by its work', () => {
  it.each([
    "it looks totally normal, no bulging, no smell, doesn't get hot. still ok to use?",
    "it doesn't get hot",
    'bit embarrassing but a spark from the campfire melted a small hole in the sleeve of my stormshell. nobody got hurt lol, just the jacket',
    "tried to reactivate the water repellency with the iron but skipped the towel and had it on high, now there's a shiny melted-looking patch",
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ["it didn't start smoking until I unplugged it", 'safety'],
    ['my voltpack was charging too close to the campfire and it melted and started smoking', 'safety'],
    ["my power bank doesn't smell but it got really hot and swelled", 'safety'],
  ])('%j is still %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it('the signs denied one by one are no learned case either; one affirmed is', () => {
    expect(detectLearnedHighStakes("left my lumen 900r in the car during that heatwave, it looks totally normal, no bulging, no smell, doesn't get hot. still ok to use?", 1, highStakesModel)).toBeNull();
    expect(SIGNS_ONE_BY_ONE.some((m) => detectHighStakes(m, 1) ?? detectLearnedHighStakes(m, 1, highStakesModel))).toBe(true);
  });
  it('"…put new batteries in, it works!" after a hedged answer is no second attempt', () => {
    const after = (last: string) => repeatedFailureOf(chat(['c', 'the AAA batteries in my lumen 400 leaked white crusty stuff, is the lamp dead?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
    expect(after("scraped the contacts clean with a cotton bud and put new batteries in, it works! I'll take them out next time")).toBeNull();
    expect(after('put new batteries in, it works for a minute and then dies again. is it broken?')).not.toBeNull();
  });
  it.each(['Put me through to the warranty team please. Claim WC-28814, Lumen 900R.', 'please forward this to the repairs department'])('%j asks for people', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
  it.each(['can you send me to the shipping page?', 'send me the warranty claims form'])('%j does not', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
  it('"3 instalments of €93,30" is the whole, paid in three', () => {
    expect(refundAmount('Klarna shows "3 instalments of €93,30". I sent the whole order back, I want all of it refunded').total).toBe(279.9);
  });
  it('a store hold asked longer, a data location: their teams', () => {
    expect(correctTeam(fiveTeamsSite, 'orders', { topical: "I'm away till the 20th. can they keep it longer than the 7 days?", conversation: "c&c order NW-602913 is ready in Berlin. I'm away till the 20th. can they keep it longer than the 7 days?", current: "I'm away till the 20th. can they keep it longer than the 7 days?" })).toBe('sales');
    const servers = 'How do I download what you hold on me, and are your servers in the EU or the US?';
    expect(correctTeam(fiveTeamsSite, 'technical', { topical: servers, conversation: servers, current: servers })).toBe('privacy');
  });
});

const SIGNS_ONE_BY_ONE = ['left my lumen 900r in the car during that heatwave, no smell, no bulging, but now it hisses when charging'];

describe('a let-down accepted as no big deal', () => {
  const after = (last: string) => repeatedFailureOf(chat(['c', 'it shipped yesterday but he is in Zurich for the month. can you reroute it to him there?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]));
  it('"bummer. ok he\'ll just have to wait till he\'s home, no big deal" is no second attempt', () => expect(after("bummer. ok he'll just have to wait till he's home, no big deal")).toBeNull());
  it('"I pay extra no problem" presses on', () => {
    expect(repeatedFailureOf(chat(['c', 'is possible to write a name on the Lumen 400? like engraving'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', "only small name, 'Matteo', on the side. I pay extra no problem"]))).not.toBeNull();
  });
});

describe('team corrections, session 53, third batch', () => {
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['technical', 'Servus, ich suche ein Geschenk für meinen Mann. Welche Uhr hält im GPS-Modus länger durch, die Pace 5 oder die Trailsense?', 'sales'],
    ['technical', 'hola, quiero regalarle a mi padre una linterna frontal. ¿La Lumen 400 lleva pilas normales o hay que cargarla?', 'sales'],
    ['technical', "do you offer embroidery on the Stormshell jackets? I'd love my husband's initials on the chest", 'sales'],
    ['billing', 'Ich brauche das Konto nicht mehr. Wie lösche ich es komplett?', 'privacy'],
    ['billing', 'Is the Stormshell in mint coming back? My daughter has a €150 gift card burning a hole in her pocket', 'sales'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(correctTeam(fiveTeamsSite, from, input(m))).toBe(to));
  it.each([
    ['technical', 'my Pace 5 I got as a present keeps restarting, welche Uhr hält länger durch?'],
    ['billing', 'Is the Stormshell in mint coming back? I was charged for one that never came'],
  ])('%s keeps %j', (from, m) => expect(correctTeam(fiveTeamsSite, from, input(m))).toBe(from));
});
