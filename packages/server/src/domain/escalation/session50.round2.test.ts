/**
 * Session 50, second batch of blind sets (fresh197, 198, 200): risky words named and ruled out, amounts that are dates
 * or bills, sarcasm and joy, asks for a call; each with the negatives that stand next to it.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { findAmounts } from './amounts.js';
import { refundAmount } from './refundAmount.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { chat, repeatedFailureOf, teamsSite, testSite as site } from './testContext.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import type { SiteConfig, TranscriptEntry } from '../pipelineTypes.js';

const shop = 'Northwind Gear';

describe('high stakes named and ruled out', () => {
  it.each([
    "my voltpack is 3 years old and doesn't hold charge like it used to. no swelling or anything, it just drains faster. is that a warranty thing?",
    'is it normal that my voltpack gets kinda warm when its charging my phone? warm not hot lol. just dont wanna be the guy who sets his tent on fire',
    'bit paranoid after another outdoor shop ghosted me and i ended up doing a chargeback with them last month 😅 so: if i send a jacket back to you, how long till the money is on my visa?',
    'hey, there was a paypal dispute on one of my orders last year but your team sorted it, all good 👍 new question: if i return something i paid with paypal, how fast is the money back?',
    "I know chargebacks are a thing but I'd rather sort it out properly 🙂 I cancelled my order but the money is still reserved on my card 3 days later. How long does that take?",
    'mi voltpack hace un ruido raro cuando lo muevo, ¿es normal?',
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['my voltpack has no cover anymore and it is swelling', 'safety'],
    ['i dont want to be dramatic but my voltpack started smoking last night', 'safety'],
    ['another shop sold me a fake, so I opened a chargeback with you for NW-123456', 'dispute'],
    ['el power bank voltpack que compré hace un mes hace un ruido como un silbido cuando lo cargo y huele raro, como a químico. ¿es peligroso?', 'safety'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
});

describe('amounts: dates and bills are no refund', () => {
  it('reads "on 28.05", "since 03.06", "due 15.06" as dates, not money', () => {
    expect(findAmounts("i returned the Stormshell (139,90) on 28.05, status 'Refund issued' since 03.06, due 15.06").map((a) => a.raw)).toEqual(['139,90']);
    expect(findAmounts('reduced from 59.90 to 49.90').map((a) => a.raw)).toEqual(['59.90', '49.90']);
  });
  it('leaves out what the customer owes beside the item returned', () => {
    expect(refundAmount('klarna says i owe 214,85 for NW-527741 but i returned the Stormshell (139,90) on 28.05').total).toBe(139.9);
    expect(refundAmount('i owe you nothing, i returned the €249 tent and the €39 lamp').total).toBe(288);
  });
  it('reads "€412 together, but I\'m only sending back the headlamp (€69)" as €69, named twice', () => {
    expect(refundAmount("ordered a tent and a headlamp, €412 together, but I'm only sending back the headlamp (€69). so the refund will be €69?").total).toBe(69);
    expect(refundAmount("Actually I'm also returning the charging dock and spare strap from that order, $34 together, so it should be $234 in total.").total).toBe(234);
  });
});

describe('sarcasm, joy and small talk', () => {
  it.each([
    'closed the app, restarted the watch, even reinstalled the app. still spinning. great app guys, really top notch 🙃',
    'vaya, qué útil 🙄 ya llevo 9 días hábiles con el cargo de 74,90 € en la cuenta',
  ])('%j is sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('sarcasm'));
  it.each(['reinstalled and it works again, great app 🙃', 'OMG IT WORKED THROUGH THE APP!!! ok last thing, how do i get my runs into strava'])('%j is not frustration', (m) =>
    expect(scoreFrustration(m, [], true, shop).score).toBeLessThan(1),
  );
  it('still reads capitals that report trouble as shouting', () => {
    expect(scoreFrustration('IT WORKED FOR A DAY AND NOW IT IS DEAD AGAIN', [], true, shop).labels).toContain('shouting');
  });
  it.each(['just a rough number is fine, like kg for tent + poles + pegs', 'brilliant. the same three steps again'])('%j is no small talk', (m) => expect(detectSmallTalk(m)).toBeNull());
  it.each(['brilliant, thanks', 'thanks again, perfect'])('%j still is', (m) => expect(detectSmallTalk(m)).not.toBeNull());
});

describe('asks for a person, and questions about one', () => {
  it.each(["ok. i'd honestly prefer a phone call if that's possible", 'is there a living person reading this? need 20 Pace 5 for our club'])('%j asks', (m) =>
    expect(findExplicitRequest(m, shop)).not.toBeNull(),
  );
  it.each(["if the chat can't answer something, does it send me to a person automatically? anyway, do trailpoints expire?", 'is there a living being in this tent photo?'])('%j does not', (m) =>
    expect(findExplicitRequest(m, shop)).toBeNull(),
  );
});

describe('repeated failure said again in Spanish', () => {
  const turns = chat;
  const spoken: SiteConfig = { ...site, languages: ['en', 'es', 'de'] };
  const detect = (t: TranscriptEntry[]) => repeatedFailureOf(t, spoken);
  it('"me refiero a envolverlo para regalo… ¿Lo hacéis o no?" right after a miss is another attempt', () => {
    const t = turns(['c', "can you gift wrap order NW-325570? it's a surprise for my dad"], ['b', "I'm not sure", { kind: 'unknown' }], ['c', 'me refiero a envolverlo para regalo, con papel y lazo. ¿Lo hacéis o no?']);
    expect(detect(t)).toMatchObject({ trigger: 'repeated_failure' });
  });
  it('a new question in Spanish after a miss is left to the language trigger', () => {
    const t = turns(['c', "can you gift wrap order NW-325570? it's a surprise for my dad"], ['b', "I'm not sure", { kind: 'unknown' }], ['c', '¿Cuánto tarda el envío a Madrid?']);
    expect(detect(t)).toBeNull();
  });
});

describe('team corrections: bulk for a group, card data', () => {
  const teams = teamsSite;
  const input = (m: string) => ({ topical: m, conversation: m, current: m });
  it.each([
    ['billing', 'sales', 'need 20 Pace 5 for the Sportfreunde Köln running team, invoice to the club'],
    ['billing', 'privacy', 'do you store my full card number on your servers? and which payment company processes it'],
  ])('%s → %s for %j', (from, to, m) => expect(correctTeam(teams, from, input(m))).toBe(to));
  it.each([
    ['billing', "the code CLUB20 from the partner email says invalid. we're ordering 12 jackets for the club"],
    ['billing', 'my card was charged twice, which payment provider processes it so i can call them?'],
  ])('%s stays for %j', (from, m) => expect(correctTeam(teams, from, input(m))).toBe(from));
});
