/**
 * Session 54: the first blind batch's misses read generally, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { highStakesModel } from '../../site/botModels.js';
import { detectLanguage } from './language.js';
import { refundAmount } from './refundAmount.js';
import { runRules, unknownReply } from './testContext.js';

describe('high stakes: signs denied in German and Spanish', () => {
  it.each([
    'Meine VoltPack 20000 wird beim Laden nicht heiß und ist nicht aufgebläht, aber sie lädt nur noch bis 60 %. Ist das normal?',
    'Die Powerbank ist weder heiß noch aufgebläht, sie lädt nur nicht mehr.',
    'Mi VoltPack no está hinchada ni echa humo, pero no carga.',
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it.each(['Der Akku ist aufgebläht und riecht komisch.', 'Der Akku ist noch aufgebläht.', 'Mi VoltPack está hinchada y echa humo.', 'No sé qué pasa, la batería está hinchada.'])(
    '%j is one',
    (m) => expect(findHighStakes(m)?.kind).toBe('safety'),
  );
});

describe('high stakes: flames from a stove, a fear of what might happen', () => {
  it('"Flames from the stove scorched the tent door" is a care mishap', () => {
    expect(findHighStakes('Flames from the stove scorched the tent door of my Ridgeline 3P. Can it be repaired?')).toBeNull();
  });
  it('flames out of a charging power bank stay an incident, a stove nearby or not', () => {
    expect(findHighStakes('flames came out of the voltpack while charging near the stove')?.kind).toBe('safety');
  });
  it.each([
    "my husband is convinced our VoltPack 20000 is about to explode because it gets warm when it's charging 😅 it's not hot, just lukewarm, you can hold it fine. is that normal?",
    "I'm a bit paranoid it might catch fire in the tent, it gets slightly warm while charging. Normal?",
  ])('%j fears, nothing happened', (m) => expect(findHighStakes(m)).toBeNull());
  it.each(["I'm worried it's about to explode, it's swollen and hissing", "I'm scared it will catch fire. It smells of burning plastic."])('%j tells signs beside the fear', (m) =>
    expect(findHighStakes(m)?.kind).toBe('safety'),
  );
});

describe('high stakes: a phishing message left alone', () => {
  const learned = (m: string) => detectLearnedHighStakes(m, 1, highStakesModel);
  it("\"got an SMS… confirm my card details… I didn't click anything. was that really you?\" is a question the KB answers", () => {
    expect(findHighStakes("got an SMS from 'Northwind' asking me to confirm my card details for a parcel that's waiting. I didn't click anything. was that really you?")).toBeNull();
    expect(learned("got an SMS from 'Northwind' asking me to confirm my card details for a parcel that's waiting. I didn't click anything. was that really you?")).toBeNull();
  });
  it.each([
    "got a text saying 'customs fee of €2.99 pending' and I put my card details into the link before I realised. now there's a charge of €214.00 on that card",
    "got an SMS asking for my card details, I didn't click at first but then I entered my card number into the link",
  ])('%j acted on it: high stakes', (m) => expect(findHighStakes(m) ?? learned(m)).not.toBeNull());
});

describe('language: a short German question opened by its verb', () => {
  it.each(['Habt ihr PayPal?', 'Liefert ihr in die Schweiz?', 'Gibt es Rabatt?', 'Macht ihr Gravuren?'])('%j is German enough to hand over', (m) =>
    expect(detectLanguage(m)).toMatchObject({ language: 'de', substantive: true }),
  );
  it.each(['Hallo!', 'Danke!', 'Macht nichts', 'Is it waterproof?', 'ok PayPal?'])('%j is not', (m) => expect(detectLanguage(m).substantive).toBe(false));
});

describe('rules: a VIP concluding from the answer asks nothing', () => {
  it('"Makes sense. I\'ll add the headlamp, that takes it to $185, so that should work." hands no one over', () => {
    expect(runRules(['Can I pay with Affirm on a $140 order?', "Makes sense. I'll add the headlamp, that takes it to $185, so that should work."], { tier: 'vip', answer: unknownReply })).toBeNull();
    expect(runRules(['Can I pay with Affirm?', "OK, then I'm all set."], { tier: 'vip', answer: unknownReply })).toBeNull();
  });
  it.each(["I'll add the headlamp, that takes it to $185. Will that work?", "Makes sense, but I still need it by Friday, so that should work?", 'So that should work, but can you hold it for me until Saturday'])(
    '%j still asks',
    (m) => expect(runRules(['Can I pay with Affirm?', m], { tier: 'vip', answer: unknownReply })?.trigger).toBe('rule'),
  );
});

describe('refunds: what was kept, how many went back', () => {
  it('"I kept most of order NW-714406 (it was €310 in total) but sent back the Lumen 400, €39,95" is €39.95', () => {
    expect(refundAmount('Hi! I kept most of order NW-714406 (it was €310 in total) but sent back the Lumen 400, €39,95. It says "Refund issued" today. How long until I see it in PayPal?').total).toBe(39.95);
    expect(runRules(['Hi! I kept most of order NW-714406 (it was €310 in total) but sent back the Lumen 400, €39,95. How long until I see it in PayPal?'])).toBeNull();
  });
  it('"I kept everything else and sent back the Ridgeline, €329. It was €410 in total" is €329', () => {
    expect(refundAmount('I kept everything else and sent back the Ridgeline, €329. It was €410 in total. Refund?').total).toBe(329);
  });
  it('"i sent back 2 lumen 900Rs and a voltpack" … "$119 each for the lamps and $69" counts the lamps twice', () => {
    expect(refundAmount('it was $119 each for the lamps and $69 for the voltpack. when does that money come back?', 'hey so i sent back 2 lumen 900Rs and a voltpack from NW-832051').total).toBe(307);
    expect(runRules(['hey so i sent back 2 lumen 900Rs and a voltpack from NW-832051, the portal says return received', 'it was $119 each for the lamps and $69 for the voltpack. when does that money come back?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it.each(['i sent back my Pace 5 and the lumen', 'i returned the watch 2 weeks ago', 'order NW-832051 went back'])('before %j, "$119 each" is one', (before) =>
    expect(refundAmount('it was $119 each. when does that money come back?', before).total).toBe(119),
  );
  it('"…said \'Checked\' for a full week now and nothing has come back to me. That was €615" chases the refund', () => {
    expect(runRules(["The return status on NW-498120 has said 'Checked' for a full week now and nothing has come back to me. That was €615 for the two tents."])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('"nothing has come back" of goods awaited is no refund', () => {
    expect(runRules(['I ordered a Summit Pro 2 for €389 and nothing has come back from the courier about the delivery.'])).toBeNull();
  });
  it('"quiero que me devolváis los 249,99 €" asks for the money back', () => {
    expect(runRules(['quiero que me devolváis los 249,99 € de la Trailsense. la devolví el lunes con la etiqueta de DHL, pedido NW-416620'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
});

describe('explicit request: feeling better with a person on it', () => {
  it('"I\'d feel better if an actual staff member double-checked this: …" asks for one', () => {
    expect(findExplicitRequest("Honestly I'd feel better if an actual staff member double-checked this: my invoice for NW-480036 shows German VAT, but I entered our Dutch VAT ID NL812345678B01 at checkout.")).not.toBeNull();
    expect(findExplicitRequest("We'd be much happier if someone from your team looked over the order")).not.toBeNull();
  });
  it.each(["I'd feel better if I checked it myself", 'my wife would feel better if someone looked at it', "I'd feel better if the jacket had a hood"])('%j does not', (m) =>
    expect(findExplicitRequest(m)).toBeNull(),
  );
});

describe('rules: a VIP whose only ask is the person', () => {
  it('"…I\'m travelling all week. Can you pass this to someone on your team? Order NW-593320." is the request, not the tier rule', () => {
    expect(runRules(['How long do I have to exchange a Stormshell?', "Thank you. I'd still rather a person took care of it for me, I'm travelling all week. Can you pass this to someone on your team? Order NW-593320."], { tier: 'vip', answer: unknownReply })).toBeNull();
  });
  it.each([
    'Can you pass this to someone on your team? I need the green one held until Saturday.',
    'Can you pass this to someone on your team? Also, when is the Stormshell back in stock?',
    "Please pass this to someone on your team, I'd like a split invoice for NW-593320.",
  ])('%j still asks the KB something', (m) => expect(runRules(['How long do I have to exchange a Stormshell?', m], { tier: 'vip', answer: unknownReply })?.trigger).toBe('rule'));
});
