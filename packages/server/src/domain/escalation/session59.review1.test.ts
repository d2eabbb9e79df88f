/**
 * Review 1 of session 59: what the session's "said in passing" guards and new patterns hid or heard wrongly. A hack told
 * beside a relative's or another retailer's, with the customer's own account showing it; the shop's product bought "here"
 * beside another maker's; a sport injury where the gear cracked; a relative's threat to sue told with a laugh beside a real
 * complaint; the last of what was bought is no leaving; "could you…" after "if your team has time" asks the bot; "and so
 * on it goes", "for the third time" and a sneer after a surprised echo take nothing.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { scoreFrustration } from './frustration.js';
import { getsOnWithIt } from './closingWords.js';
import { normalise } from '../bot/text.js';
import { northwindNames } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
const score = (m: string) => scoreFrustration(m, [], false, 'Northwind Gear', 'Some reply from the help articles.').score;

describe('high stakes: a real incident told beside one said in passing', () => {
  it.each([
    ["My brother's email got hacked last week and so I'm changing my password, because there's an order on my account I never placed", 'security'],
    ["My sister's gmail was hacked and so I'm changing my Northwind password too since there's a €240 order on it I never made", 'security'],
    ['A big sports retailer got hacked last month and now there are two orders on my account I never placed', 'security'],
    ['I read that a big outdoor retailer got hacked. Now I see a login from Brazil on my account and my password was changed', 'security'],
    ['we used a cheap charger with the power bank I got here and it started smoking on the nightstand', 'safety'],
    ['The cheap supermarket tent was fine but the stove I bought here exploded and burned my hand', 'injury'],
    ['I used a no-name charger on the headlamp I ordered from this site and it melted and burned my fingers', 'injury'],
    ['broke my wrist cycling at night, the headlamp I ordered here suddenly went dark on a descent', 'injury'],
    ['sprained my ankle hiking, the heel of the boots I bought here cracked clean off', 'injury'],
    ['my wife wants to take you to court haha, the tent ripped on day one and nobody answers', 'legal'],
    ["my dad is a solicitor and says we'll sue you if the jacket isn't replaced this week 😅", 'legal'],
    ["My husband says he'll see you in court over the €180 you took twice lol. Not really laughing though.", 'legal'],
    ["my wife says she's going to sue you because the parcel is three weeks late haha", 'legal'],
  ])('%j is %s', (m, k) => expect(kind(m)).toBe(k));
  it.each([
    "My mum's gmail was hacked last week, so I'm moving my Northwind account to a fresh email. How do I change it?",
    'I read that a big sports retailer got hacked, is my data safe with you?',
    'I sprained my ankle hiking in May, so I need to return the boots unworn. How?',
    'hurt my knee skiing, can I cancel the order for the poles?',
    'I cracked a rib skiing in March, can I still return the unused poles?',
    "my wife says she'll sue you for making me buy so many jackets 😂 how do points work?",
    'a knock-off headlamp from Amazon overheated on me, so this time I want a proper one. Does the Lumen 400 get hot?',
  ])('%j is none', (m) => expect(kind(m)).toBeNull());
});

describe('frustration: the last one is the last order only beside something gone wrong', () => {
  it.each([
    'Ordered gas canisters last month, this is my last one. Do you have them in stock again?',
    'I ordered three of the gel refills back in May; this was my last one.',
    'I bought two of these lamps for the kids, this is my last one.',
  ])('%j is not', (m) => expect(score(m)).toBeLessThan(1));
  it.each([
    'Third order with a missing item. Honestly, this was my last one.',
    'ordered twice this year and both were late. I think this was my last one.',
  ])('%j is', (m) => expect(score(m)).toBeGreaterThanOrEqual(1));
});

describe('a request for a person: once someone has a minute, they (not the bot) asked', () => {
  it.each([
    'if your team has time, could you check whether the olive one comes back in stock?',
    'If your agents are around, can you let me know if you ship to Norway?',
    'once your staff are available could you maybe ring the bell louder lol, the courier never knocks',
  ])('%j is none', (m) => expect(asks(m)).toBe(false));
  it.each([
    'once one of your colleagues is free, could they call me about the refund?',
    'When someone from your support team gets a chance, could they look at my return? It has been 3 weeks.',
  ])('%j is one', (m) => expect(asks(m)).toBe(true));
});

describe('getting on with it: not "so on it goes", another go, or a sneer', () => {
  it.each([
    'right, redoing it now — for the third time today',
    'and so on it goes. same link every time',
    'fine, cancelling it now and ordering from someone else. ridiculous',
    'sure, trying it now for the 4th time',
    'so charging it now, waste of an evening',
  ])('%j does not', (m) => expect(getsOnWithIt(normalise(m))).toBe(false));
  it.each(['ok, cancelling it now', 'on it, thanks', 'alright, unplugging it now'])('%j does', (m) => expect(getsOnWithIt(normalise(m))).toBe(true));
});
