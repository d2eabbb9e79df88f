/**
 * Session 44's blind sets (fresh123: money written many ways; fresh124: a Monday inbox): the misses they showed, each
 * read as the general case it is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration } from './frustration.js';
import { findHighStakes } from './highStakes.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { afterReplies, alternatingTurns, runRules, testSite, unknownReply } from './testContext.js';

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

describe('fresh122 (push-back after an answer)', () => {
  it('reads "pay full price, get a broken lamp … stellar service 👍" as sarcasm, and sincere praise as praise', () => {
    expect(detectFrustration(alternatingTurns('the headlamp arrived with a cracked lens', 'so I wait 10-15 business days for a repair?', 'amazing. pay full price, get a broken lamp, then wait a month. stellar service 👍'))?.trigger).toBe('frustration');
    expect(detectFrustration(alternatingTurns('x', 'paid full price and got a great lamp, stellar service 👍'))).toBeNull();
  });
  it('hears "the same text every time" and "I have had enough" in German and Spanish', () => {
    expect(detectFrustration(alternatingTurns('exchange for NW-580944', 'I sent the M back 6 days ago. nothing has shipped', 'Langsam reicht es mir wirklich. Jedes Mal derselbe Text, und ich warte immer noch auf meine Jacke!'))?.trigger).toBe('frustration');
    expect(detectFrustration(alternatingTurns('x', 'Me contestáis siempre con el mismo texto copiado.'))?.trigger).toBe('frustration');
    expect(detectFrustration(alternatingTurns('x', 'Das reicht mir, danke.'))).toBeNull();
  });
  it("asks for the shop's own data protection officer, which is no complaint to an authority", () => {
    expect(findHighStakes('Können Sie mich bitte mit Ihrem Datenschutzbeauftragten verbinden?')).toBeNull();
    expect(findExplicitRequest('Können Sie mich bitte mit Ihrem Datenschutzbeauftragten verbinden?')).not.toBeNull();
    expect(findHighStakes('Ich beschwere mich beim Datenschutzbeauftragten.')?.kind).toBe('legal');
    expect(findHighStakes('ich gehe zum Landesdatenschutzbeauftragten')?.kind).toBe('legal');
  });
  it('chases the money of a received return over the amount ("when will I actually see it on my card?")', () => {
    expect(runRules(["my return for NW-390017 has said 'Return received' since Monday", "it's two tents, two hundred and sixty dollars all in. when will I actually see it on my card?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(["my return for NW-390017 has said 'Return received' since Monday", "it's two tents, a hundred and sixty dollars all in. when will I actually see it on my card?"])).toBeNull();
  });
  it("takes a VIP's own next step as the answer accepted, not a new question", () => {
    const first = 'My Pace 5 is 20 months old and now lasts about 9 days. Is that a warranty case?';
    expect(runRules([first, "So gradual capacity loss isn't covered. Alright, I'll switch the always-on display off and see if that helps."], { tier: 'vip', answer: unknownReply })).toBeNull();
    expect(runRules([first, "Alright, I'll switch it off and see if that helps. But can you hold a strap for me?"], { tier: 'vip', answer: unknownReply })).toMatchObject({ trigger: 'rule' });
  });
});

describe('fresh126 (in a hurry, on behalf of someone)', () => {
  it('an order and a charge that neither of them made is account fraud', () => {
    expect(findHighStakes('my partner just got an order confirmation for NW-702288 and a charge of €156,40 on her card. neither of us ordered anything')?.kind).toBe('security');
    expect(findHighStakes('neither of us ordered the red one, we wanted blue')).toBeNull();
  });
  it('reads "thanks a bunch 🙃" after a let-down and "Wonderful. Absolutely wonderful." as sarcasm', () => {
    expect(detectFrustration(alternatingTurns('tent pole snapped', "so warranty form, then 10-15 days repair. my next trip is in 4 days so i'll just sleep in the car then. thanks a bunch 🙃"))?.trigger).toBe('frustration');
    expect(detectFrustration(alternatingTurns('VAT ID not applied', 'So we paid VAT because your check failed. Wonderful. Absolutely wonderful. Our ID is ATU12345678.'))?.trigger).toBe('frustration');
    expect(detectFrustration(alternatingTurns('x', 'Wonderful. Absolutely wonderful, thank you so much!'))).toBeNull();
    expect(detectFrustration(alternatingTurns('x', 'got it, thanks a bunch 🙃 see you'))).toBeNull();
  });
  it('"found edit order, fixed. phew" sorted it out: no second attempt', () => {
    const t = afterReplies(['answer'], 'found edit order, fixed. phew');
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknownReply })).toBeNull();
  });
});

describe('fresh125 (long conversations)', () => {
  it('"done, changed it" takes the hedged passage: the next question is a new one, not a second attempt', () => {
    const transcript = [
      { seq: 1, authorType: 'visitor' as const, body: 'i placed an order half an hour ago to the old flat, can i still change the delivery address?', meta: {} },
      { seq: 2, authorType: 'bot' as const, body: "I'm not sure this answers it, but it is the closest I found:\n\nWithin 60 minutes of placing your order you can change the delivery address under Account > Orders.", meta: { kind: 'unknown', articleId: 'changing' } },
      { seq: 3, authorType: 'visitor' as const, body: 'done, changed it. will it still go out today? i ordered at 10:15', meta: {} },
    ];
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript, current: transcript[2]!, answer: unknownReply })).toBeNull();
    const pressed = [...transcript.slice(0, 2), { ...transcript[2]!, body: 'done that already, it still shows the old address. can i change it?' }];
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: pressed, current: pressed[2]!, answer: unknownReply })).toMatchObject({ trigger: 'repeated_failure' });
  });
  it("a part refund beside the whole order's total is the part ('the headlamp was €49.95, the whole order was about €430')", () => {
    expect(runRules(["I'm returning part of order NW-812240, only the Lumen 400, I'm keeping the rest.", 'The headlamp was €49.95, the whole order was about €430. The refund goes back to my Amex, I assume?'])).toBeNull();
    expect(runRules(['I returned the tent (€249) and the lamp (€49.95), the whole order was about €430. where is my refund?'])).toMatchObject({ trigger: 'rule' });
  });
});
