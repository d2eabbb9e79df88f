/**
 * Review 2 of session 54: where the second batch's readings over-reached or missed a close variant, each with the
 * look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { highStakesModel } from '../../site/botModels.js';
import { fiveTeamsSite, northwindNames, runRules } from './testContext.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';

const highStakes = (m: string) => findHighStakes(m, '', '', northwindNames) ?? detectLearnedHighStakes(m, 1, highStakesModel);
const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;

describe('rules: a pay-later plan billing for a new order or part of one, an item away for repair', () => {
  it.each([
    'I returned the old tent and placed a new order for the Summit Pro 2. Klarna wants €349 for the new one, is that normal?',
    'I sent back two of the three items; Klarna still wants €289 for the order, is that right?',
  ])('%j is no refund over 200', (m) => expect(runRules([m])).toBeNull());
  it.each([
    'I sent back my whole order NW-889012. Afterpay still wants $318 from me next week. Can you stop it?',
    'I returned everything, the whole order. My payment plan still says I owe $412.',
  ])('%j still is', (m) => expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' }));
  it('an amount in words before an item is the item, not the money awaited', () => {
    expect(runRules(['sent back the trailsense', "haven't seen the two hundred and forty dollar watch back yet"])).toBeNull();
    expect(runRules(['I returned the Summit Pro 2 last week.', "haven't seen the three hundred and twenty nine euros yet"])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['sent the jacket back a week ago. haven\'t seen the two hundred and nineteen dollars on my card'])).toMatchObject({ trigger: 'rule' });
  });
  it('an item sent off for repair and not back yet is no refund chased, unless the money is named', () => {
    expect(runRules(['I sent my Pace 5 back for repair 3 weeks ago', "still haven't seen it back, it's a $250 watch"])).toBeNull();
    expect(runRules(["I sent my Pace 5 back for repair, they said it can't be fixed", "still haven't seen my refund of $250"])).toMatchObject({ trigger: 'rule' });
  });
});

describe('high stakes: heat beyond usual of a device, a reversal refused or told otherwise, a card nearly typed', () => {
  it.each([
    'this summer is way hotter than usual here, can I leave my Pace 5 in the car?',
    "The Ridgeline gets much hotter than before inside when the sun's on it, is the fly different?",
    'the Stormshell is way hotter than usual jackets, I sweat a lot in it',
    'Im Sommer ist es viel heißer als sonst, die Uhr liegt im Auto.',
  ])('%j is no incident', (m) => expect(findHighStakes(m, '', '', northwindNames)).toBeNull());
  it.each([
    'the VoltPack gets way hotter than usual when I charge my phone from it',
    'my lumen 900r is running a lot hotter than it used to on the charger and the case bulges a bit',
    'Die Powerbank wird viel heißer als sonst beim Laden.',
  ])('%j is one', (m) => expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('safety'));
  it.each([
    "My bank refused to reverse it as unauthorised because I'd approved it in the app.",
    "The bank wouldn't reverse it as fraud because the 3D secure was passed",
    'Mi banco no quiere anular el cargo como fraude porque lo autoricé yo.',
  ])('%j is no dispute', (m) => expect(findHighStakes(m, '', '', northwindNames)).toBeNull());
  it.each([
    'My bank is treating it as unauthorised and reversing it',
    "the bank said they'd reverse the €312 as fraud if you don't refund by friday",
    'Mi banco lo está revirtiendo como cargo no autorizado.',
    'Meine Bank bucht die Zahlung als nicht autorisiert zurück.',
  ])('%j is one', (m) => expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('dispute'));
  it.each([
    'I got an sms saying my parcel was held, I nearly typed my card into the page but my wife stopped me. Was that text from you?',
    'got a weird text about customs and almost entered my credit card on that page, closed it in time',
  ])('%j gave no card', (m) => expect(highStakes(m)).toBeNull());
  it.each([
    'Got a text about a €1.99 fee and typed my debit card into the page before I realised. Was that you?',
    'I almost clicked the link in the sms but then I typed my card into the page anyway',
  ])('%j did', (m) => expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('security'));
});

describe('frustration: leaving and mockery, not a parcel, an order told, a question or a tip', () => {
  it.each([
    'The parcel is going to a different store than the one I picked for click & collect.',
    'our scout group is moving to another site for the summer camp, can the delivery for NW-990011 go there',
    "that's the last order I placed with you, NW-221133, and the invoice is missing the VAT number",
    "It's the last thing I ordered from you, can you check the tracking?",
    'Can the bot just paste the returns page again? I closed the tab',
    'Checkout is broken, it just throws the error page again every time I click pay',
    "you should print that on the box in big letters, it's really useful info, thanks!",
    'Me voy a otra tienda a probarme la chaqueta y luego la pido aquí.',
    'Das letzte Mal, dass ich hier bestellt habe, war 2021.',
  ])('%j is not frustrated', (m) => expect(frustrated(m)).toBe(0));
  it.each([
    "that's the last thing I'm buying from you, honestly",
    'that was the last purchase i ever made with you, i promise',
    "If this isn't fixed by Friday our team goes to another shop.",
    'the bot just pastes the same link at me again. useless',
    'ugh the chat keeps throwing the same faq at me again',
    'Es ist das letzte Mal, dass ich bei euch bestelle.',
    'Es la última vez que os compro algo.',
    'Si no lo arregláis me voy a otra tienda.',
    'Wenn das nicht klappt, kaufe ich woanders.',
  ])('%j is', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
});

describe('explicit request: a person to go through it, not the customer\'s own', () => {
  it.each([
    "I'll have someone go through the order list on our side and get back to you.",
    'my brother will have someone go over the tent before the trip',
    "I'm going to have my partner walk me through the app tonight",
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m)).toBeNull());
  it.each(['could you get someone to go over my invoice with me? the VAT looks wrong', 'Please have someone walk me through the return, I\'m not good with computers'])(
    '%j asks for a person',
    (m) => expect(findExplicitRequest(m)).not.toBeNull(),
  );
});

describe('teams: a trade account to open, not one held and failing', () => {
  const team = (current: string, from = 'technical') => correctTeam(fiveTeamsSite, from, { topical: current, conversation: current, current });
  it("\"We have a trade account and can't log in since the password reset\" stays technical", () =>
    expect(team("We have a trade account and can't log in since the password reset")).toBe('technical'));
  it('"We have a trade account with you; the last invoice is missing the VAT number" stays billing', () =>
    expect(team('We have a trade account with you; the last invoice is missing the VAT number', 'billing')).toBe('billing'));
  it.each(['Can we open a trade account for our outdoor school? We\'d buy 40 headlamps a year.', "Hi, we'd like to apply for a wholesale account for our shop in Ghent"])('%j is pre-sales', (m) =>
    expect(team(m, 'orders')).toBe('sales'),
  );
});
