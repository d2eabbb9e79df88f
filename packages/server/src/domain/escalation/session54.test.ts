/**
 * Session 54: the first blind batch's misses read generally, each with look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { detectExplicitRequest, findExplicitRequest } from './explicitRequest.js';
import { highStakesModel, personRequestModel } from '../../site/botModels.js';
import { detectLanguage } from './language.js';
import { refundAmount } from './refundAmount.js';
import { fiveTeamsSite, runRules, unknownReply } from './testContext.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';

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

// The second batch (fresh245, 247, 248).
describe('rules: a refund chased in other words', () => {
  it.each([
    "Hey, sent back the Summit Pro 2. Order NW-702918. It's been two weeks and I haven't seen the four hundred and twelve dollars back on my Amex.",
    "it's been 9 days since the return on NW-338810 switched to 'Checked' and I still haven't seen my $312.40. when is that coming?",
    "I sent back my whole order NW-227805 last week. Klarna still wants €264,50 from me by the 30th. Please make sure that's cancelled.",
  ])('%j is over 200', (m) => expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' }));
  it('"hi, returning the Summit Pro 2" … "i paid two hundred and forty-nine dollars, when does that come back to me?"', () => {
    expect(runRules(['hi, returning the Summit Pro 2, never even pitched it.', "it's at your warehouse per UPS. i paid two hundred and forty-nine dollars with Apple Pay, when does that come back to me?"])).toMatchObject({ trigger: 'rule' });
  });
  it.each([
    'I sent back the Lumen 400 but Klarna still wants €264,50 for the rest of the order, which I kept. Is that right?',
    'returned one jacket (€89) from a €289 klarna order. klarna still wants the full €289 by friday. do i pay it or what',
    'I returned part of order NW-508813 (the stuff sack €25 and gloves €20), but Klarna still wants the full €210 from me.',
    'Klarna still wants €264,50 from me by the 30th for my order, how do I pay it?',
  ])('%j is no refund over 200', (m) => expect(runRules([m])).toBeNull());
});

describe('high stakes: a card typed into a fake page, a bank reversing a charge, heat beyond usual', () => {
  it('"someone… got a text… and typed the company credit card into the page" is security', () => {
    expect(findHighStakes("someone in our office got a text that looked like it was from you ('your parcel is on hold, pay €2.99 customs fee') and typed the company credit card into the page. Was that text yours??")?.kind).toBe('security');
  });
  it('"I typed my card into the page on your site and it failed" is not', () => expect(findHighStakes('I typed my card into the page on your site and it failed')).toBeNull());
  it('"my bank… reversing it as unauthorised" is a dispute', () => expect(findHighStakes("I already called my bank and they're reversing it as unauthorised. just so you know")?.kind).toBe('dispute'));
  it('"getting way hotter than usual while charging" is an incident; the weather is not', () => {
    expect(findHighStakes("there's a crack along one corner and it's been getting way hotter than usual while charging")?.kind).toBe('safety');
    expect(findHighStakes("is it ok to leave them charging in the van? it's Andalucía in August, gets properly hot")).toBeNull();
    expect(findHighStakes("it's not way hotter than usual, just warm")).toBeNull();
  });
  it('"broke my ankle… (entirely my own clumsiness, not the gear!) so the Summit Pro 2… is going back" is no product injury', () => {
    expect(findHighStakes("broke my ankle on a scree slope last weekend (entirely my own clumsiness, not the gear!) so the Summit Pro 2 I bought for next month's trip is going back unused.")).toBeNull();
    expect(findHighStakes('the tent pole snapped and cut my hand, my own fault for forcing it though')?.kind).toBe('injury');
  });
});

describe('frustration: mockery and leaving, said otherwise', () => {
  const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;
  it.each([
    '🤡🤡🤡 ok so the bot just pastes the discount page at me again. brilliant',
    "so losing half the battery in a year and a half is 'normal'. brilliant. that's the last thing i ever buy from you",
    "If it's not sorted today the whole club moves to another shop.",
    "so 5 ATM isn't good enough for snorkelling and it's MY fault. lovely. maybe print that on the box in giant letters",
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each([
    'can you paste the returns page again? I closed it',
    'could you just paste the shipping table again please',
    "that's the last thing I need to buy from you for the trip, thanks!",
    "we're moving to another site for our club page, can you update the link?",
    "ok it's my own fault, lovely day anyway, thanks",
    '🤡',
  ])('%j is not', (m) => expect(frustrated(m)).toBe(0));
});

describe('explicit request: a staff member to go through it, the team to ring the office', () => {
  it.each(["I'd rather have one of your staff go through the points history with me than guess.", 'can I have someone walk me through the pairing?', 'Could your team ring our office tomorrow morning on +44 20 7946 0321?'])(
    '%j asks for one',
    (m) => expect(findExplicitRequest(m)).not.toBeNull(),
  );
  it.each(["I'll have my husband go through the manual", 'my team will ring our office later'])('%j does not', (m) => expect(findExplicitRequest(m)).toBeNull());
});

describe('teams: a trade account, a part to buy, a colour coming back', () => {
  const team = (current: string) => correctTeam(fiveTeamsSite, 'technical', { topical: current, conversation: current, current });
  it.each([
    'We run an outdoor centre and want to set up a trade account for kit.',
    'Can I order just a new magnetic cable from you?',
    'is the cover sold on its own anywhere?',
    'Is olive in S coming back, and roughly when?',
  ])('%j is pre-sales', (m) => expect(team(m)).toBe('sales'));
  it.each(["I can't log into my account since the update", 'my new cable stopped charging the watch'])('%j stays technical', (m) => expect(team(m)).toBe('technical'));
});

// The third batch (fresh249, 251, 252).
describe('high stakes: orders and charges the customer did not make', () => {
  it.each([
    "there's a second order on my account, NW-840062, $267.40 going to an address in Ohio. I'm in Oregon and I only placed one order this month",
    "why did I just get a shipping confirmation for order NW-519824?? I haven't ordered anything from you since christmas",
    "just checked, there's a $560.18 charge from you on my amex. that's not me",
  ])('%j is security', (m) => expect(findHighStakes(m)?.kind).toBe('security'));
  it.each([
    'so i see two charges from you, $129.00 and $45.50, but i only placed one order?? NW-558207',
    'Got the shipping confirmation for order NW-123456, I haven\'t ordered anything else since, is this the tent?',
    'a $56.18 charge from you on my amex, is that the shipping?',
  ])('%j is not', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('rules: the difference asked before, the money awaited in other words', () => {
  it('"…can i still get the difference?" … "does that come back to my card?" is no refund of the item', () => {
    expect(runRules(['bought a pace 5 from you 9 days ago for $329. just saw it at an authorized dealer for $299 incl shipping. can i still get the difference?', 'and does that come back to my card or as store credit?'])).toBeNull();
  });
  it('"did you get my return?" … "when is the €449,00 actually going back on my card?" chases it', () => {
    expect(runRules(['did you get my return? the Summit Pro 2 from NW-735560', "status says 'checked' since Monday. when is the €449,00 actually going back on my card?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
});

// The fourth batch (fresh253, 255, 256).
describe('fourth batch: a jacket sent back from a stated total, hacks and reversals, lawyers paid for', () => {
  it('"…€486 total. the tent is staying but i\'m sending one jacket back (€119)" is €119', () => {
    expect(refundAmount("ordered a tent and two jackets, €486 total. the tent is staying but i'm sending one jacket back (€119). how long does the refund take?").total).toBe(119);
    expect(refundAmount('I returned the tent and two jackets, €486 total. How long does the refund take?').total).toBe(486);
  });
  it('"don\'t think it\'s hacked lol" is no takeover; "I don\'t think it\'s hacked but someone ordered…" is', () => {
    expect(findHighStakes("got a message that my account is locked?? I probably typed the wrong password a bunch of times, don't think it's hacked lol. how long till I can get back in")).toBeNull();
    expect(findHighStakes("I don't think it's hacked but someone ordered a tent to Ohio from my account")?.kind).toBe('security');
  });
  it('"my bank already reversed the $118.90 for NW-205519" is a dispute; a pending authorisation is not', () => {
    expect(findHighStakes('fyi my bank already reversed the $118.90 for NW-205519 because the order never showed up. just so you know')?.kind).toBe('dispute');
    expect(findHighStakes('my bank reversed the pending charge authorisation from the failed payment')).toBeNull();
  });
  it('"My legal insurance has approved a lawyer for this" is legal; asking whether it would is not', () => {
    expect(findHighStakes('I appealed with a video and got the same template answer back. My legal insurance has approved a lawyer for this, so expect a letter.')?.kind).toBe('legal');
    expect(findHighStakes('does my legal insurance cover a lawyer if the tent fails abroad?')).toBeNull();
  });
});

describe('fourth batch: requests, grumbles, sarcasm', () => {
  const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;
  it.each(["I'd honestly prefer it if somebody from customer service wrote to me by email instead.", 'Is it possible to get whoever sent that email to follow up? Their name was Marta, I think.'])('%j asks for a person', (m) =>
    expect(findExplicitRequest(m)).not.toBeNull(),
  );
  it("\"I'd prefer it if someone wrote the manual in German\" does not", () => expect(findExplicitRequest("I'd prefer it if someone wrote the manual in German")).toBeNull());
  it('"a human-readable export of my data… without emailing anyone" asks for no one, even to the learned reading', () => {
    expect(detectExplicitRequest('is there a human-readable export of my data? like can I download what you have on me without emailing anyone?', 1, personRequestModel)).toBeNull();
    expect(detectExplicitRequest('is there a human I can talk to?', 1, personRequestModel)).not.toBeNull();
  });
  it.each(['and customs on top. cheers for nothing', "so 'free shipping' is just a lie for Switzerland, got it"])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
  it.each(['bit rubbish but ok, thanks for being straight about it', "cheers, that's nothing to worry about then"])('%j is not', (m) => expect(frustrated(m)).toBe(0));
  it('"this is rubbish, but ok" still is', () => expect(frustrated('this is rubbish, but ok')).toBeGreaterThanOrEqual(1));
});
