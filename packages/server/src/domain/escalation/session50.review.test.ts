/**
 * Review of session 50's patterns: messages the session's changes read worse than before (new false escalations, lost
 * escalations, wrong team), each beside the session's own case that must keep reading as the session meant.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findExplicitRequest, detectExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { findAmounts } from './amounts.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { chat, repeatedFailureOf, teamsSite, testSite as site } from './testContext.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { botModels } from '../../site/botModels.js';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from '../summary/entities.js';
import type { SiteConfig, TranscriptEntry } from '../pipelineTypes.js';

const shop = 'Northwind Gear';

describe('asks for a call, or a call of some other kind', () => {
  it.each([
    "i'd prefer a call from DHL before they deliver, can you add that to the order?",
    "I'd like a call option in the Trail app, like for emergencies. Is that planned?",
    "I'd like a ring light for the tent, do you sell one?",
    "I'd rather have a call than an email when the item is back in stock",
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m, shop)).toBeNull());
  it.each(["ok. i'd honestly prefer a phone call if that's possible", "honestly i'd prefer a phone call, typing all this out is a pain. order NW-330912"])('%j still asks', (m) =>
    expect(findExplicitRequest(m, shop)).not.toBeNull(),
  );
});

describe('the bare ask with its please, and the same words saying something else', () => {
  it.each([
    'Por favor, un agente no hace falta, solo dime cuánto tarda el envío a Valencia.',
    'Por favor, una persona de vuestra tienda de Berlín me dijo que podía devolver la chaqueta sin ticket. ¿Es verdad?',
    'Bitte eine Mitarbeiterin nicht nötig, ich will nur wissen wie lange die Rückerstattung dauert.',
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m, shop)).toBeNull());
  it.each(['Por favor, un agente. Llevo tres días esperando el reembolso de NW-552190.', 'Einen Kollegen bitte! Das ist jetzt das dritte Mal, dass ich frage.', 'Bitte einen Mitarbeiter, am liebsten auf Deutsch.'])(
    '%j still asks',
    (m) => expect(findExplicitRequest(m, shop)).not.toBeNull(),
  );
});

describe('"just planning" and "no rush, not today" beside a real request', () => {
  it.each([
    "can someone from sales call me about 40 jackets for our club? we're just planning the order for spring",
    'just planning to order 30 headlamps for the scouts, can a person from your business team contact me?',
    'please have someone call me back about the double charge. no rush, not today, tomorrow morning is best',
    "I want to talk to a human about my warranty claim, I'm just planning my next hike and need the watch fixed",
  ])('%j still asks', (m) => expect(detectExplicitRequest(m, 1, botModels.personRequest, shop)).not.toBeNull());
  it.each(['what time can i actually call your human team from california on a weekday? no rush, not today, just planning. and which number', 'is there a number to call your team? no rush, not today'])(
    '%j asks for no one now',
    (m) => expect(detectExplicitRequest(m, 1, botModels.personRequest, shop)).toBeNull(),
  );
});

describe('high stakes: alarm is no denial, and a threat beside a ruled-out dispute stays one', () => {
  it.each([
    ['oh no smoke is coming out of my voltpack while charging!!', 'safety'],
    ['not planning a paypal dispute yet, but if the €249 isn\'t back by monday i will open one', 'dispute'],
    ["I know chargebacks are a thing but I'd rather not wait another week, so I've opened one with my bank today", 'dispute'],
    ["I know disputes exist, but I'd rather you just refund the €189 today. otherwise chargeback on friday.", 'dispute'],
    ["last year your team sorted it out, but this time I'll just do a chargeback if the money isn't back", 'dispute'],
    ["back in march your support sorted it, fine. now NW-882211 charged twice and I've already filed a chargeback", 'dispute'],
    ["another shop did the same thing and i did a chargeback with them; i'll do the same with you if the refund isn't here by friday", 'dispute'],
    ['Ihr sagt, ich soll die Bank anrufen. Gut, dann rufe ich jetzt die Bank an und lasse alles stornieren.', 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it.each([
    'no smoke or smell, just that it takes 10 hours to charge. warranty?',
    "my voltpack is 3 years old and doesn't hold charge like it used to. no swelling or anything, it just drains faster. is that a warranty thing?",
    "not planning any paypal dispute or drama, just a question: returned NW-483320 ($74.90 total). once you get it, how long till it's back in paypal?",
    "I know chargebacks are a thing but I'd rather sort it out properly 🙂 I cancelled my order but the money is still reserved on my card 3 days later. How long does that take?",
    'hey, there was a paypal dispute on one of my orders last year but your team sorted it, all good 👍 new question: if i return something i paid with paypal, how fast is the money back?',
    'ihr sagt mir, ich soll meine Bank anrufen? Meine Bank sagt, alles ist in Ordnung!',
  ])('%j is still none', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('capitals of joy, and capitals that only start with joy', () => {
  it.each(['IT WORKS NOW BUT WHY DID IT TAKE 3 WEEKS AND FOUR EMAILS', 'WOOHOO THIRD WEEK WITHOUT MY TENT', 'YAY ANOTHER DELAY, LOVE IT', 'IT WORKED THE FIRST TIME AND NOW NOTHING', 'FIXED IT MYSELF NO THANKS TO YOU'])(
    '%j is shouting',
    (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('shouting'),
  );
  it.each(['OMG IT WORKED THROUGH THE APP!!! ok last thing, how do i get my runs into strava', 'THAT WORKED!!! thank you so much'])('%j is not', (m) =>
    expect(scoreFrustration(m, [], true, shop).score).toBeLessThan(1),
  );
});

describe('an upside-down face beside praise that is sincere', () => {
  it.each(["can't believe how great the lumen 400 is 🙃 is there a red light mode?", 'the Pace 5 still looks great after 3 years 🙃 how do i replace the strap?'])('%j is no sarcasm', (m) =>
    expect(scoreFrustration(m, [], true, shop).labels).not.toContain('sarcasm'),
  );
  it('"…still spinning. great app guys, really top notch 🙃" still is', () => {
    expect(scoreFrustration('closed the app, restarted the watch, even reinstalled the app. still spinning. great app guys, really top notch 🙃', [], true, shop).labels).toContain('sarcasm');
  });
});

describe('small talk: the same again, said happily', () => {
  it.each(["thanks, I'll order the same again next year!", 'thanks, the same tips worked for my old tent too'])('%j is still thanks', (m) => expect(detectSmallTalk(m)).not.toBeNull());
  it('"brilliant. the same three steps again" is still no small talk', () => expect(detectSmallTalk('brilliant. the same three steps again')).toBeNull());
});

describe('amounts: "I am" is no German "am"', () => {
  it('"I am 12.10 short" is money; "fällig am 20.05" stays a date', () => {
    expect(findAmounts('I am 12.10 short on the refund').map((a) => a.raw)).toEqual(['12.10']);
    expect(findAmounts('Rückerstattung von 129,90 seit 02.05 offen, fällig am 20.05').map((a) => a.raw)).toEqual(['129,90']);
  });
});

describe('repeated failure: a question pressed with thanks, and another question in Spanish', () => {
  const turns = chat;
  const detect = (t: TranscriptEntry[], s: SiteConfig = site) => repeatedFailureOf(t, s);
  const afterTwoMisses = (last: string) =>
    turns(['c', 'our hiking club is a nonprofit, can we send you a tax exemption certificate?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', 'so no tax exemption for clubs at all?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]);
  it.each(['will you accept the certificate or not, thanks', 'well can you just tell me yes or no, thanks'])('%j still presses', (m) => expect(detect(afterTwoMisses(m))).not.toBeNull());
  it("\"ill do the form, thanks\" is still no further attempt", () => expect(detect(afterTwoMisses("they're an authorized dealer and it's their normal price, not a sale. ill do the form, thanks"))).toBeNull());
  const spoken: SiteConfig = { ...site, languages: ['en', 'es', 'de'] };
  it('"no, me refiero a otra cosa: ¿tenéis tienda en Madrid?" is a new question, left to the language trigger', () => {
    const t = turns(['c', "can you gift wrap order NW-325570? it's a surprise for my dad"], ['b', "I'm not sure", { kind: 'unknown' }], ['c', 'no, me refiero a otra cosa: ¿tenéis tienda en Madrid?']);
    expect(detect(t, spoken)).toBeNull();
  });
});

describe('team corrections: paying for a bulk order, e-mails that are no marketing', () => {
  const input = (m: string) => ({ topical: m, conversation: m, current: m });
  it.each([
    ['billing', 'need 20 Pace 5 for the team, can you split the payment across two cards?'],
    ['billing', 'we want 15 headlamps for our scout troop; last time the VAT on the invoice was wrong'],
    ['orders', 'I unsubscribed from the newsletter last week, will I still get shipping updates for NW-552190?'],
  ])('%s stays for %j', (from, m) => expect(correctTeam(teamsSite, from, input(m))).toBe(from));
  it.each([
    ['billing', 'sales', 'need 20 Pace 5 for the Sportfreunde Köln running team, invoice to the club'],
    ['sales', 'privacy', "I unsubscribed from your emails 2 weeks ago and I'm still getting two a week"],
  ])('%s → %s for %j', (from, to, m) => expect(correctTeam(teamsSite, from, input(m))).toBe(to));
});

describe('facts: a capitalised count, not a capitalised word after a number', () => {
  const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
  const values = (text: string) => extractFacts(text, demo).map((f) => f.value);
  it('reads no "14 Thanks" or "30 Days"; keeps "860 Trailpoints"', () => {
    expect(values('call me at 14 Thanks')).not.toContain('14 Thanks');
    expect(values('waited 30 Days for NW-552190')).not.toContain('30 Days');
    expect(values('I returned my order and I lost my 860 Trailpoints, can a person check it?')).toContain('860 Trailpoints');
  });
});
