/**
 * Session 60 (S2): the team a handed-off chat goes to, where the words pointed elsewhere: a variant or a spec asked before
 * buying, a branded bulk order, another maker's app to sync with, a battery that drains, an order number with nothing
 * else said; and the fraud team for an order disowned or a card typed into a text's link, the money team for a lawyer
 * over money held back. With look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { detectHighStakes } from './highStakes.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });
const duty = (m: string) => detectHighStakes(m, 1)?.skillDuty;

describe('a variant asked before buying goes to pre-sales', () => {
  it.each([
    ['orders', 'is the Stormshell available in a smaller size for women?'],
    ['orders', 'what colours does the Summit Pro 2 come in?'],
    ['technical', 'are there other colourways of the Stormshell jacket?'],
    ['orders', 'does the Lumen 900R come in black', 'any other colours than orange? black, navy, whatever'],
    ['technical', 'will there be a smaller case version of the Pace 5?'],
  ])('%s: %j', (from, ...turns) => expect(team(from, ...turns)).toBe('sales'));
  it.each([
    ['orders', 'I ordered the Stormshell in green but got grey, NW-123456'],
    ['orders', 'can I exchange my jacket for another colour?'],
    ['technical', 'the screen on my watch shows a different colour now'],
    ['technical', 'the headlamp light comes in a different colour when the battery is low'],
  ])('%s: %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a spec asked before buying goes to pre-sales', () => {
  it.each([
    ['orders', 'Is the Ridgeline 3P freestanding?'],
    ['technical', 'does the Summit Pro 2 need stakes to stand?'],
    ['technical', 'Is the Summit Pro 2 freestanding? want it for rock slabs', "I asked whether it's freestanding, the article doesn't say"],
    ['orders', 'are the Stormshell seams seam-sealed? is the Stormshell seam-sealed?'],
  ])('%s: %j', (from, ...turns) => expect(team(from, ...turns)).toBe('sales'));
  it.each([
    ['orders', 'my Summit Pro 2 is freestanding but it collapsed in the wind'],
    ['technical', 'I bought the Ridgeline, is it seam sealed? it leaked last night'],
    ['orders', 'is the tent in NW-445566 freestanding? it arrived without a manual'],
    ['technical', 'does my tent need stakes to stand? it keeps falling over'],
  ])('%s: %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a bulk order with a logo or for a company event goes to pre-sales', () => {
  it.each([
    ['technical', "We'd like 30 Stormshell jackets with our logo for a team offsite. Doable?"],
    ['technical', 'looking for 60 headlamps for a corporate event, can you print our logo on them?'],
    ['orders', 'we need 25 fleeces with our club logo embroidered on them'],
    ['billing', '50 backpacks for our company retreat in June, what would that come to?'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe('sales'));
  it.each([
    ['orders', 'we ordered 40 jackets with our logo and 3 arrived damaged, NW-445566'],
    ['technical', 'I have 12 jackets in my cupboard, the logo is peeling'],
    ['billing', 'we were charged for 40 jackets with our logo but only ordered 30'],
    ['billing', 'our team event code RETREAT25 from your newsletter is not working on 10 ridgeline tents'],
  ])('%s: %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
});

describe("whether a watch syncs with another maker's app goes to the troubleshooters", () => {
  it.each([
    ['is the Trailsense compatible with Garmin Connect?', 'not Strava. Garmin Connect specifically.'],
    ['can I export my runs from the Trailsense to Komoot?'],
    ['will the Pace 5 upload activities to Apple Health?'],
    ['does it sync with Google Fit at all?'],
  ])('%j', (...turns) => expect(team('sales', ...turns)).toBe('technical'));
  it.each([
    'which watch should I buy, does the cheaper one sync with Strava?',
    'do you sell a strap that connects to the Pace 5?',
    'thinking of getting the Trailsense as a gift, does it work with Strava?',
    'how much is the Pace 5 and does it pair with Komoot?',
  ])('%j stays with pre-sales', (m) => expect(team('sales', m)).toBe('sales'));
});

describe('a battery that drains goes to the troubleshooters, unless a claim or the warranty is asked', () => {
  it.each([
    ['orders', 'Der Akku meiner Uhr hält nur noch einen Tag statt zwei Wochen. Was kann ich tun?'],
    ['orders', 'my Pace 5 battery only lasts a day now, used to be a week. is that normal?'],
    ['billing', 'La batería de mi Pace 5 ya solo dura un día'],
    ['sales', 'the battery on my lamp drains overnight even when it is off'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe('technical'));
  it.each([
    ['orders', 'my Pace 5 battery only lasts a day, I want to return it for a refund'],
    ['orders', 'Der Akku meiner Uhr hält nur noch einen Tag, ich möchte sie zurückschicken'],
    ['sales', 'how long does the battery last on the Trailsense?'],
    ['orders', 'the battery only lasts a day, can you send me a replacement?'],
    ['orders', 'Der Akku meiner Uhr hält nur noch einen Tag statt zwei Wochen. Ist das ein Garantiefall?'],
    ['orders', 'my Pace 5 battery only lasts a day now, used to be a week. is that covered?'],
    ['orders', 'my pace 5 battery only lasts 5 days now, it is 20 months old. warranty?'],
  ])('%s: %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
});

describe('an order number with nothing else said goes to the orders team', () => {
  it.each([
    ['billing', 'would it be possible to at some point about NW-129934? no rush'],
    ['technical', 'can someone look at NW-129934 when you get a chance'],
    ['sales', 'question about NW-445566 please'],
    ['billing', 'hi, re order NW-445566'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe('orders'));
  it.each([
    ['billing', 'NW-445566 was charged twice'],
    ['billing', 'NW-445566 my refund has not arrived'],
    ['technical', 'I need to change my password, order NW-445566'],
    ['sales', 'is the jacket from NW-445566 back in stock in blue?'],
  ])('%s: %j keeps its team', (from, m) => expect(team(from, m)).toBe(from));
});

describe('an account taken over with an order disowned or a card typed into a link is the fraud team', () => {
  it.each([
    'Someone changed the email on my account yesterday. Now I see order NW-734519 for two watches going to Lyon. That is NOT me.',
    'I got a confirmation email for order NW-556093 but I did not order anything. My account still works fine.',
    'someone got into my account, I did not place order NW-223344 and it is going to Berlin',
    'got a text saying my parcel was held and I entered my card on the link... was that you?',
  ])('%j', (m) => expect(duty(m)).toBe('fraud\\w*'));
  it.each([
    'someone changed the email on my account and now I cannot log in at all',
    'someone logged into my account and changed my password. the order history looks normal, nothing there is not me',
    "someone hacked my account, I didn't order anything and no money was taken, but they changed my password",
  ])('%j is the sign-in team', (m) => expect(duty(m)).toMatch(/login/));
});

describe('a lawyer over money held back is the money team', () => {
  it.each([
    'Sie haben mein Geld seit 3 Wochen! Rücksendung NW-590336, wenn bis Freitag nichts kommt, gehe ich zum Anwalt.',
    "you've had my money for a month for return NW-556677, I'm calling my lawyer",
    'Tienen mi dinero desde hace un mes, devolución NW-123456, voy a ir al abogado',
  ])('%j', (m) => expect(duty(m)).toBe('refunds?'));
  it.each([
    ['Ich gehe zum Anwalt, meine Garantie für die Uhr wurde abgelehnt', 'warranty'],
    ['Bestellung NW-112233 nie angekommen, Sie haben mein Geld, ich gehe zum Anwalt', 'shipping'],
    ["I'll take you to court, you shared my personal data without consent", undefined],
  ])('%j keeps its team', (m, d) => expect(duty(m)).toBe(d));
});
