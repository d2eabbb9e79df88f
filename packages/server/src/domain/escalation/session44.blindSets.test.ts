/**
 * Session 44's blind sets (fresh123: money written many ways; fresh124: a Monday inbox): the misses they showed, each
 * read as the general case it is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { runRules, unknownReply } from './testContext.js';

describe('a person asked for by what only staff can do', () => {
  it.each([
    'lost my phone with the authenticator app and no backup codes. can I get someone from support to reset my 2FA?',
    'can someone from support reset my 2FA?',
    'could I get someone to unlock my account please',
    'could I get someone from your team to look at it',
  ])('%j asks for a person', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each(['can I reset my 2FA myself?', 'how do I reset my password', 'can I get someone else to pick it up', 'can I get someone to sign for the parcel if I am out?'])('%j does not', (m) => expect(findExplicitRequest(m)).toBeNull());
});

describe('refunds over the amount', () => {
  it('adds up items told one message at a time ("first the jacket …", "then the gloves …", "and the headlamp …")', () => {
    const turns = ['three things going back from NW-902467. first the rain jacket, 119 EUR', 'then the fleece gloves, 29 EUR', 'and the headlamp, 59 EUR. refund the lot to my card please'];
    expect(runRules(turns)).toMatchObject({ trigger: 'rule', skill: 'billing' });
    // Under the amount all together: nothing.
    expect(runRules(['two things going back from NW-902467. first the rain jacket, 119 EUR', 'then the gloves, 29 EUR. refund both to my card please'])).toBeNull();
  });
  it('asks for the gap when a refund came back short, not for every amount named', () => {
    expect(runRules(['My refund for the jacket (NW-755203) came back €17,05 short. I paid €129,00 and got €111,95. No explanation.'])).toBeNull();
    expect(runRules(['My refund came back €250 short: I paid €400 for the tent and got €150 back.'])).toMatchObject({ trigger: 'rule' });
  });
  it('is a price adjustment, not a refund of the item, when the difference is asked with its amount', () => {
    expect(runRules(["I bought a Pace 5 from you last Tuesday at €299 and it's €249 on your site today. Could you refund me the €50 difference?"])).toBeNull();
  });
});

describe("a VIP's request for a person is no question for the help articles", () => {
  it('when the only "?" closes the request', () => {
    const request = "Alright. I'd still rather speak to one of your people — could someone ring me on +44 20 7946 0321?";
    expect(runRules(['Can I return a jacket I bought in the store by post instead?', request], { tier: 'vip', answer: unknownReply })).toBeNull();
    // A question beside the request is still the VIP's first unsettled one.
    expect(runRules(['Can I return a jacket I bought in the store by post instead?', 'Connect me to a person please: can you hold the Lumen 900R for me?'], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});
