/**
 * Session 62 (HS): high stakes read more narrowly where the danger is general, someone else's or already put right, and
 * more widely where a card or account is used by someone else (en/es/de) or the delivery address changed behind the
 * customer's back.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes, detectHighStakes } from './highStakes.js';
import { securityNotCurrent, TOLD_BY_OTHERS } from './highStakesSettled.js';
import { paidWithTheirs, takenOver } from './highStakesTakeover.js';
import { northwindNames } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;

describe('high stakes: someone else paid with the customer’s card or account (en/es/de)', () => {
  it.each([
    "somebody bought two headlamps with my visa on your site, it wasn't me",
    'a stranger placed an order with my paypal',
    'alguien ha pagado con mi tarjeta un pedido en vuestra web',
    'un desconocido utilizó mi cuenta para comprar una tienda de campaña',
    'Jemand hat mein Kundenkonto missbraucht und eine Jacke bestellt',
    'Ein Fremder hat über mein Konto zwei Uhren bestellt',
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
  it.each([
    "can someone else pay with my card if I'm not there?",
    'my daughter used my card to order the tent, is that ok?',
    '¿puede alguien usar mi cuenta si le doy la contraseña?',
    'Kann jemand anderes mit meiner Kreditkarte bei Ihnen bestellen?',
    'someone from your team used my card details to process the refund, thanks',
    'how do I stop someone using my account if I lose my phone?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it('a card paid with is money moved: the fraud team, not sign-in', () => {
    expect(detectHighStakes('Jemand hat mit meiner Kreditkarte bei Ihnen bestellt, ich war das nicht.', 1)?.skillHint).toBe('fraudulent charges');
    expect(paidWithTheirs('alguien ha comprado con mi tarjeta')).toBe(true);
  });
});

describe('high stakes: the delivery address changed on the account by someone else', () => {
  it.each([
    'someone changed the delivery address on my account to an address in Madrid',
    "the shipping address on my account was changed and that wasn't me",
    'hackers updated my billing address and I never asked for that',
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
  it.each([
    'I changed the shipping address on my account yesterday, will my order go there?',
    'how do I change the delivery address on my account?',
    'the courier changed the delivery address and i didnt ask for that',
    'my address was changed when I moved house, I updated it myself',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it('with no money named it is the sign-in team’s', () => {
    expect(detectHighStakes('someone changed the shipping address on my account and i didnt do it', 1)?.skillHint).toBe('account login password');
  });
});

describe('high stakes: hacks in general are no hack here', () => {
  it.each([
    'with all these hacked accounts in the news, can I add a second login step?',
    'so many hacked email accounts lately, how do I make my password stronger?',
    'I keep reading stories about hacked shops, do you store my card?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    "my account got hacked, there's an order I never placed",
    'all the news about hacked accounts and now my own account got hacked',
    "so many hacked accounts lately, and someone changed my email, I didn't do it",
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
});

describe('high stakes: a phishing message someone else got, asked about', () => {
  it.each([
    'my dad got a phishing email in your name, do you ever ask for passwords?',
    "my sister received a phishing sms pretending to be northwind, what's your policy?",
    'a friend of mine got a scam text saying her account was hacked, is that from you?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    'my mum got a phishing text from you and she entered her card details',
    'my friend got a scam text and my account got hacked the same day',
    "my dad got a phishing email and now there's a €300 charge on his card",
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
});

describe('high stakes: a hack the shop already put right', () => {
  it.each([
    "someone got into my account back in january, you cancelled the orders and it's all fine. how do i add a backup email?",
    'my account was hacked last summer, support restored my account. do you have a loyalty program?',
    'got hacked two years ago but your colleagues refunded everything, just wondering about shipping to austria',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    "my account was hacked, you refunded it but now there's another order I didn't place",
    "someone hacked my account last week, you sorted it but I'm still locked out",
    'my account is hacked right now, last time you sorted it quickly, please help',
  ])('%j is security', (m) => expect(kind(m)).toBe('security'));
});

describe('high stakes: a device scare told by someone else, the customer’s own fine', () => {
  it.each([
    'a guy at work said his voltpack started smoking, should I worry? mine is fine',
    "my neighbour told me her lumen 400 melted while charging, is that common? I'm a bit worried",
    "my coach mentioned his pace 5 overheated, mine's ok",
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    'my friend said their trailsense caught fire and now mine is smoking too',
    'someone said their voltpack swelled, and mine is swollen as well',
    'my trailsense caught fire last night',
  ])('%j is safety', (m) => expect(kind(m)).toBe('safety'));
});

describe('session 62 (HS) patterns on hostile input', () => {
  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'someone changed the '.repeat(200), 'alguien ha usado mi '.repeat(200), 'my friend got a '.repeat(250)])('returns on %#', (s) => {
    expect(takenOver(s, true)).toBeDefined();
    expect(paidWithTheirs(s)).toBeDefined();
    expect(securityNotCurrent(s, () => false)).toBeDefined();
    expect(TOLD_BY_OTHERS.test(s)).toBeDefined();
    expect(findHighStakes(s, '', '', northwindNames)).toBeDefined();
  });
});
