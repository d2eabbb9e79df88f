import { describe, expect, it } from 'vitest';
import type { BotReply } from '../pipelineTypes.js';
import { refundAmount } from './refundAmount.js';
import { runRules, unknownReply as unknown } from './testContext.js';

const run = runRules;
const answered: BotReply = { kind: 'answer', text: 'x', articleId: 'a', articleTitle: 'A', confidence: 0.9 };

describe('site rules', () => {
  it('hands a VIP off at the first question the KB cannot settle', () => {
    expect(run(['can you hold the Halden lamp for me until Saturday?'], { tier: 'vip', answer: unknown })).toMatchObject({ trigger: 'rule', priority: 1 });
    expect(run(['how long does shipping take?'], { tier: 'vip', answer: answered })).toBeNull();
    expect(run(['can you hold the lamp for me?'], { tier: 'standard', answer: unknown })).toBeNull();
  });

  it.each([
    ['i want a refund for the lamp, €349. returned it on the 3rd', 349],
    ["I'd like my money back for the throw (€129) and the cushion (€99)", 228],
    ['refund please: two hundred and fifty euros for the rug', 250],
    ['where is my refund of $349.00?', 349],
    ['refund for the duvet set, €412,80', 412.8],
    // Spanish and German: "they haven't refunded me", "refunded".
    ['Devolví la alfombra y todavía no me han devuelto los 349 €', 349],
    ['Wann wird mir der Betrag von 259,00 € zurückerstattet?', 259],
    ['Devolví la tienda del pedido NW-827364. Quiero que me devuelvan los 279,00 € a mi tarjeta.', 279],
    ['the lamp came back to you a week ago (€249), when do I get the money?', 249],
    ['Returned both Stormshell jackets - they were $119.99 each. Please refund me, I need that money back.', 239.98],
    ["Honestly I don't want a replacement. I'd just like the $329 back on my card.", 329],
    ["I'd like my €289 back instead please, the trip is off anyway.", 289],
    ['done, dropped it at the DHL shop today. so when do I get my two hundred and forty euros back?', 240],
    ['sent back both headlamps and the power bank, about two hundred and ten dollars all together. when does that hit my account', 210],
    ['todavía no me han devuelto los doscientos ochenta euros', 280],
    // No currency anywhere: a count and its price, or a price after a comma, is still the money asked back.
    ['please refund me for the 3 x 89 headlamps I sent back, order NW-123456', 267],
    ['returned the two jackets, 149 each, when will I get my refund?', 298],
  ])('triggers refund-over-200 for %j', (msg, total) => {
    const r = run([msg]);
    expect(r).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(refundAmount(msg).total).toBeCloseTo(total);
  });

  it('reads no price into measures or counts without one: "210 x 140 cm", "2 x 4 days"', () => {
    expect(refundAmount('refund for the tent please, the 210 x 140 cm one').total).toBe(0);
    expect(refundAmount('refund please, I used it 2 x 4 days only').total).toBe(0);
    expect(run(['I returned 2 x 95 headlamps, refund please'])).toBeNull();
  });

  it('is strictly over the threshold: exactly 200 does not trigger', () => {
    expect(run(['I want a refund of €200.00 for the lamp'])).toBeNull();
    expect(run(['I want a refund of €200.01 for the lamp'])).not.toBeNull();
  });

  it('does not read "call me back", a parcel sent back or a payment made as a refund (es/de)', () => {
    expect(run(['¿Pueden devolverme la llamada? Es sobre mi pedido de 320 €'])).toBeNull();
    expect(run(['Correos me ha devuelto el paquete, el pedido de 250 € no llegó'])).toBeNull();
    expect(run(['He hecho el abono de 260 € por transferencia'])).toBeNull();
    expect(run(['Ich werde Anzeige erstatten, es geht um 300 €'])).toBeNull();
    expect(run(['¿Me devuelven el paquete si no lo recojo? Pedido de 250 €'])).toBeNull();
    expect(run(['how much money do I get in Trailpoints for a €250 order?'])).toBeNull();
    expect(run(['I want a refund for one of the three lamps, €89 each'])).toBeNull();
    expect(run(["I bought two tents at €150 each but I'm only returning one of them. How long does the refund take?"])).toBeNull();
    expect(run(['I ordered 3 headlamps last week, €90 each, and want to return one for a refund.'])).toBeNull();
    expect(run(['I bought the tent for $329 back in May and one of the poles snapped, is that covered?'])).toBeNull();
    expect(run(['I paid by bank transfer for the €450 tent yesterday, did you receive the money?'])).toBeNull();
    expect(run(["I don't have the money for the €400 tent right now, do you do instalments?"])).toBeNull();
    expect(run(['I bought a €250 gift card as a guest yesterday. when will it show up in my account?'])).toBeNull();
    expect(run(['I paid the €240 invoice by bank transfer on Monday, when will it reach my account?'])).toBeNull();
    expect(run(['I sent back two jackets, €100.00 each, so €200.00 total. When is my refund coming?'])).toBeNull();
    expect(run(["My order total was €389, I'm only sending back the €45 lamp. When's the refund?"])).toBeNull();
    expect(run(['My order was €389 (tent plus a lamp). Keeping the tent, sending back the lamp, which was €45. The refund goes to PayPal, right?'])).toBeNull();
    expect(run(['I sent back two jackets, €120.00 each, €240 in total. When is my refund coming?'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Returned both jackets, $119.99 each. Please refund me.'])).toMatchObject({ reason: expect.stringContaining('239.98 in all') });
    expect(run(['Ich möchte eine Rückerstattung, die Jacke hat zweihundertsechzig Euro gekostet'])).toMatchObject({ trigger: 'rule' });
  });

  it('does not trigger for small refunds, partial refunds or amounts without a refund', () => {
    expect(run(['still no refund of 64.90'])).toBeNull();
    expect(run(['I only want a refund for the €80 lamp from my €320 order'])).toBeNull();
    expect(run(['my invoice says €412,80, is that right?'])).toBeNull();
  });

  it('reads the topic across a message that only gave the order number ("still waiting on a refund" … "NW-371958" … "EUR 201,40")', () => {
    expect(run(['hey still waiting on a refund', 'NW-371958', 'EUR 201,40. sent it back 2 weeks ago'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['hey still waiting on a refund', 'NW-371958', 'EUR 199,40. sent it back 2 weeks ago'])).toBeNull();
    expect(run(['what does the Summit Pro 2 weigh?', 'NW-371958', 'EUR 201,40 is what I paid'])).toBeNull();
  });

  it('uses the topic of the previous message ("how do refunds work?" … "it is €412,80")', () => {
    expect(run(['how does a refund work if I paid with klarna?', "ok. it's the whole order, €412,80. I want it back"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });

  it('reads the topic raised earlier in the same matter, when the amount comes later as a statement', () => {
    expect(run(['how long do refunds usually take?', 'ok and if I paid with Apple Pay?', "It's for NW-734026, the tent for €389. The return says 'Checked' since Tuesday."])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    // A new question is no amount told; after "btw, another thing" the matter has changed.
    expect(run(['how long do refunds usually take?', 'ok and if I paid with Apple Pay?', 'Is the tent for €389 in stock in Berlin?'])).toBeNull();
    expect(run(['how long do refunds usually take?', 'thanks. Another question: my tent was €389 and the zip is stiff', 'it squeaks when I pull it, €389 is a lot'])).toBeNull();
  });

  it('adds a second message that adds items to the refund ("…as well"), without counting a restated amount twice', () => {
    expect(run(['I want a refund for the floor lamp, €120', 'oh and the wool throw as well, that was €95'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['I want a refund for the floor lamp, €120', 'it was €120, also the box was dented'])).toBeNull();
    expect(run(['I want a refund for the floor lamp, €120', 'the throw was €95, do I return it the same way?'])).toBeNull();
    // The first message only described the return; the second asks for the money for both.
    expect(run(['I sent back a jacket (€189), the page says Return received.', 'Oh and the lamp was in that parcel too, €34.95. When do I get the money for both?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['I sent back a jacket (€189), the page says Return received.', 'the lamp was €34.95, can I return it too?'])).toBeNull();
  });

  it('counts items priced each when they are added to a refund, and a refund priced further back in the same matter', () => {
    // 119 + 2 × 44 = 207: the two packs, not one.
    expect(run(['returning the Lumen 900R, €119. refund goes back to paypal, right?', 'oh and the two spare Lumen Core packs from the same order, €44 each. refund those too please'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['returning the Lumen 900R, €119. refund goes back to paypal, right?', 'oh and one spare Lumen Core pack from the same order, €44. refund that too please'])).toBeNull();
    // The message just before priced nothing: the refund priced two messages back is the same one.
    expect(run(['can i get a refund on the pace 5 from my last order, $199', 'how long does it take to hit my amex', 'oh and the extra strap i got with it too, $29, same order'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['can i get a refund on the pace 5 from my last order, $149', 'how long does it take to hit my amex', 'oh and the extra strap i got with it too, $29, same order'])).toBeNull();
  });

  it('adds up a refund told over three messages, and a return planned with its price', () => {
    // 119 + 59 + 44.90: the poles "from the same order" are more of the same refund, not a new matter.
    expect(run(['need a refund on order NW-128457, the stormshell vest, €119', 'also the trekking poles from the same order, €59', 'and the dry bag set, €44.90. so refund all three pls, they all went back in one parcel'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['need a refund on order NW-128457, the stormshell vest, €119', 'also the trekking poles from the same order, €29', 'and the dry bag set, €44.90. so refund all three pls'])).toBeNull();
    // "I'm returning the jacket, it was €189" then "the Lumen 400 too (€34.95)… refund for both".
    expect(run(["Hi, I'm returning the Stormshell jacket from order NW-615027, it was €189 and the sleeves are too short.", 'Oh and the Lumen 400 from the same order too (€34.95), never even opened it. Refund for both please, back to my Mastercard.'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['dropped the trailsense off at the ups store on monday, it was $399. when do i actually see that money again'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    // "Actually" adds as often as it corrects: only "sorry", "I meant" say the price before was wrong.
    expect(run(['Sending back two things from NW-640218: the Stormshell (€129) and a Lumen 400 (€44.95). Does the refund go back to my Visa?', 'actually add the spare watch strap too, that was €39'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });

  it('is no refund when the customer declines the money or asks what would happen if', () => {
    expect(run(["the stormshell jacket was €229 and it's too big. I don't want the money back, I just want the M instead of the L. how?"])).toBeNull();
    expect(run(['looking at the summit pro 2 for €449. if it turns out too heavy for me can i return it and get everything back? shipping too?'])).toBeNull();
    // Not declining: the money wanted elsewhere.
    expect(run(["I returned the €229 jacket. I don't want the money back on my old card, it was stolen; can it go to my new one?"])).toMatchObject({ trigger: 'rule' });
  });

  it('reads the money of a return going back onto how they paid as a refund', () => {
    expect(run(["I'm returning the Lumen 900R and the Pace 5 from NW-481027. How do I start?", "Label's printed, thanks. Before I ship: will the full $99 + $229 go back onto my Affirm loan, or only part of it?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(["I'm returning the Lumen 900R from NW-481027. How do I start?", 'Will the $129 go back onto my Klarna plan?'])).toBeNull();
    expect(run(['I love the Lumen 900R and the Pace 5.', 'If I bought both, $99 + $229, could it go back onto my Affirm loan later?'])).toBeNull();
  });

  it('marks legal threats high priority', () => {
    expect(run(['my lawyer will take you to court over this'])).toMatchObject({ trigger: 'rule', priority: 2 });
  });
});

describe('site rules: refunds awaited and rules that name a team', () => {
  it('reads "when do I get it back" after sending the item back as a refund chase, with the amount', () => {
    const sent = 'hey i sent back my trailsense last week, ups says it was delivered to you guys on monday';
    expect(run([sent, 'it was two hundred and forty-nine dollars and i paid with apple pay, when do i get it back'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run([sent, 'it was forty-nine dollars, when do i get it back'])).toBeNull();
    expect(run(['my watch is at your repair centre', 'it cost $249, when do i get it back'])).toBeNull();
    expect(run(['I sent my €450 watch back for repair, when will I get it back?'])).toBeNull();
  });

  it('reads an amount "coming back" and a return told in the present tense as refunds', () => {
    const where = 'ok label is printed. once it is back with you, where does the money go?';
    expect(run([where, "right. so that's three hundred and nineteen euros coming back for the tent, please make sure it's the full amount"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run([where, "right. so that's forty euros coming back for the lamp"])).toBeNull();
    expect(run(["Hi, I return the tent on 4 of June, the status say 'Checked' since one week but still no money. It was 449,00 EUR. When it come?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['Can I return the tent on 4 June? It was 449,00 EUR.'])).toBeNull();
  });

  it('reads "do I get cash back" for a return paid in cash as a refund', () => {
    const shop = 'Hi! Can I bring back something I bought in the Berlin shop, and how?';
    expect(run([shop, 'ok great. It was the Trailsense, I paid three hundred and nineteen euros in cash at the till. Do I get cash back or how does that work?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run([shop, 'It was a €39 lamp, paid in cash. Do I get cash back?'])).toBeNull();
    expect(run(['Is there a cashback offer on the €319 watch?'])).toBeNull();
  });

  it('reads a delivered return and a pay-later balance that has not changed as a refund chase', () => {
    expect(run(['and with affirm? do i keep paying the monthly thing in the meantime', "ok. it's been 2 weeks since UPS delivered my return of the Summit Pro 2, $449.00, and my Affirm loan hasn't changed at all. can you check?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(["UPS delivered my return of the $449.00 tent and my Affirm loan hasn't changed yet, is that normal this soon?"])).toMatchObject({ trigger: 'rule' });
    // Not a refund: nothing went back, or under the amount.
    expect(run(["my $449.00 tent order hasn't changed status at all, can you check?"])).toBeNull();
    expect(run(["UPS delivered my return of the $49.00 lamp and my Affirm loan hasn't changed"])).toBeNull();
  });

  it('reads money awaited after a return as a refund chase', () => {
    expect(run(["hey, sent back two watches. that's three hundred and twenty dollars I'm waiting on, order NW-508812. any update?"])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['Hola, devolví la tienda (pedido NW-337810) hace dos semanas y todavía no veo los 289 € en mi tarjeta.'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['I returned the €250 jacket two weeks ago, still waiting for the replacement in size M'])).toBeNull();
    expect(run(["I'm waiting on a parcel worth €300, any update?"])).toBeNull();
  });

  it("lets a later rule about what is asked win over a VIP's first unresolved question", () => {
    const both = run(['Order NW-581126: Lumen 900R €89,95 and Trailsense €179,00. I want to return both, how do I get the money back?'], { tier: 'vip', answer: unknown });
    expect(both).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(both!.reason).toContain('refund-over-200');
    expect(run(['can you hold the lamp for me until Saturday?'], { tier: 'vip', answer: unknown })!.reason).toContain('vip-human');
  });
});

describe('site rules: refund chases, review of the new phrasings', () => {
  it.each([
    "I didn't want a replacement, so I sent it back. Still waiting on my €320.",
    'Devolví la tienda hace dos semanas y aún no veo los 289 €',
    'Devolví la tienda hace dos semanas y sigo sin ver los 289 €',
    'Ich habe das Zelt (289 €) zurückgeschickt und noch nichts bekommen',
    'Returned the tent 3 weeks ago, €289 and still no money',
    "sent the tent back on the 2nd, where's my €289?",
  ])('a refund chase: %s', (message) => {
    expect(run([message])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });

  it.each([
    'I returned the €250 jacket for a size L, any update?',
    'I returned the €250 jacket, still waiting for the size M to arrive',
    'I sent back the wrong colour (€230 jacket), waiting on the green one',
    'I returned the old one. Now I\'m waiting for my new €260 order NW-123456, any update?',
    'Devolví las botas y pedí otras de 230 €; todavía no veo el número de seguimiento',
    'Ich habe die Jacke zurückgeschickt und eine neue für 240 € bestellt, die ist noch nicht da',
  ])('goods awaited, not money: %s', (message) => {
    expect(run([message])).toBeNull();
  });
});

describe('site rules: refunds asked as "the full amount back", to a card, or "2 x 159 €"', () => {
  it.each([
    ["ok it's on its way back. I paid two hundred and forty-nine euros for it and I want the full amount back on my Mastercard please"],
    ["it's the Trailsense I sent back, $279.99. can you make sure it goes back to my Amex this week?"],
    ['Hola, devolví dos chaquetas Stormshell (2 x 159 €) hace tres semanas y todavía no me han devuelto el dinero.'],
  ])('%s', (message) => {
    expect(run([message])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('counts "2 x" before a price', () => {
    expect(refundAmount('2 x 159 € back please').total).toBe(318);
    expect(refundAmount('the 159 € jacket, size 2 x-large').total).toBe(159);
  });
  it('hears the money asked back with the currency code first ("when do I get the EUR 201,50 back?")', () => {
    expect(run(['how do I send back a jacket?', 'so when do I get the EUR 201,50 back? paid by card'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['how do I send back a jacket?', 'so when do I get the EUR 189,50 back? paid by card'])).toBeNull();
  });
  it('counts "6 × item à price": the count before the item, the price after it', () => {
    expect(refundAmount("We're sending back 6 × Lumen 900R à 79,95 € from NW-366104, please refund it").total).toBeCloseTo(479.7);
    expect(refundAmount('returning 3 x Stormshell at $89, refund please').total).toBe(267);
    expect(refundAmount('2 x 159 € and 1 x 49 € back please').total).toBe(367);
    // A size or length typed with "x" is no count of the item priced after it.
    expect(refundAmount('the 2 x 4m guyline at €12, refund please').total).toBe(12);
    expect(refundAmount('one tarp, 3 x 4 m, at €59, refund please').total).toBe(59);
    // Sizes, magnifications, batteries and a price called the total are no counts of the item.
    for (const [msg, total] of [['a size 2XL Stormshell for €159, refund please', 159], ['the 10x binoculars at €149, refund please', 149], ['Lumen headlamp (runs on 3x AAA) at €89, refund please', 89], ['2 x Lumen 400 at €78 total, refund please', 78], ['3 x Stormshell for €120, refund please', 120]] as const) {
      expect(refundAmount(msg).total, msg).toBe(total);
    }
  });
});

describe('site rules: a refund asked about before buying', () => {
  it('is a policy question, not a refund over the amount', () => {
    expect(run(['Before I buy the Summit Pro 2 ($329): if it turns out too bulky, can I send it back for free and get the full $329 back?'])).toBeNull();
    expect(run(["I'm thinking of buying two jackets at €150 each, would I get the €300 back if they don't fit?"])).toBeNull();
    expect(run(['I bought the Summit Pro 2 for $329 and returned it, I want the full $329 back'])).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: fresh17', () => {
  it('counts "beide … je 219 €" and "Geld gern zurück" as a refund of 438', () => {
    const r = run(['Ich habe jetzt beide Uhren aus der Bestellung NW-210736 zurückgeschickt, je 219 €, und hätte das Geld gern zurück auf meine Karte.']);
    expect(r).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(refundAmount('beide Uhren zurückgeschickt, je 219 €').total).toBe(438);
  });
  it("reads 'Return received' for a week and no money yet as a refund chase", () => {
    expect(run(["It's been on 'Return received' for a week and no money yet. It's the Summit Pro 2, I paid $349.00 for it."])).toMatchObject({ trigger: 'rule' });
  });
  it("lets a VIP's request for a person that asks nothing else be a request, not an unresolved question", () => {
    expect(run(["ok. I'd rather talk to a person about my order NW-302956 — please connect me."], { tier: 'vip', answer: unknown })).toBeNull();
    expect(run(['Hi, I\'d prefer to talk to a real person: will the Lumen 900R be back in stock before the 15th? I want 12 of them for my staff.'], { tier: 'vip', answer: unknown })).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: third review', () => {
  it('is a refund when the message also mentions ordering later, and not when saving up to buy', () => {
    expect(run(["I haven't ordered a replacement yet, I just want the €289 refund for the tent I sent back."])).toMatchObject({ trigger: 'rule' });
    expect(run(['I sent the tent back (€289). If I order the bigger one, do I still get the €289 refund first?'])).toMatchObject({ trigger: 'rule' });
    expect(run(['Ich lege mir das Geld jeden Monat zurück, bis ich mir das Summit Pro 2 für 329 € leisten kann. Gibt es bald Rabatt?'])).toBeNull();
  });
  it('keeps the VIP rule when a request for a person comes with a question', () => {
    expect(run(['Connect me to a person please: can you hold the Lumen 900R for me?'], { tier: 'vip', answer: unknown })).toMatchObject({ trigger: 'rule' });
  });
});

describe('site rules: a cancelled order whose money is still blocked', () => {
  it('reads the cancellation a message earlier and the money awaited now as a refund chase', () => {
    expect(run(['Hi, I cancelled my order 30 minutes after I made it.', 'Yes but it was more than three hundred dollars, two Lumen 900R and the VoltPack, and after 9 days the money is still blocked on my card.'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(run(['Hi, I cancelled my order 30 minutes after I made it.', 'ok and when will the €300 jacket I ordered instead arrive?'])).toBeNull();
  });
});

describe('site rules: fresh21', () => {
  it('is not a refund over the amount when the difference after a price drop is asked for, or "the full price" is what is paid', () => {
    expect(run(["I bought the Trailsense on March 28 for €379 and it's €319 in the spring sale now. Can you refund the difference?"])).toBeNull();
    expect(run(['ah ok. so if I get the full price pace 5 instead would it work? basket would be about €229'])).toBeNull();
  });
});

describe('site rules: a refund asked as "all of it back" or "when would we see the money"', () => {
  it.each([
    ["I'm sending the stove back, it was two hundred and ten euros. Do I get all of it back, postage included?", 210],
    ['We ordered a lot ($560 all in) but only the tent goes back, it was $245. How long until we see the money?', 245],
  ])('%s', (message, total) => {
    expect(run([message])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(refundAmount(message).total).toBe(total);
  });
  it.each([
    'We ordered a lot ($560 all in) but only the $120 lamp goes back. How long until we see the money?',
    'My watch is at your repair centre, it cost €299. When do I get it back?',
  ])('not over the bar: %s', (message) => {
    expect(run([message])).toBeNull();
  });
});

describe('site rules: "when does the money come back", and the order total beside an item', () => {
  it.each([
    "hey so my return status says 'Return received · NW-118204 · 2 items' since last tuesday, the stormshell €129 and the lumen 900r €99, when does the money actually come back",
    'ok started it. it was two hundred and forty dollars, will all of that come back to my card or do you keep the shipping',
  ])('%s', (message) => {
    expect(run([message])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('counts the item, not the order it came from', () => {
    expect(refundAmount('returned a lumen 400 (€39) from my €310 order last week').total).toBe(39);
    expect(refundAmount('returned the €39 lamp, it was a €310 order').total).toBe(39);
    expect(run(['returned a lumen 400 (€39) from my €310 order last week. when does the money come back? paid with paypal'])).toBeNull();
    // Alone, the order's amount is what comes back.
    expect(refundAmount('I want a refund for my €310 order').total).toBe(310);
  });
});

describe('site rules: amounts for two orders are both refunded', () => {
  it.each([
    ['Please refund €150 for order A and €120 for order B', 270],
    ['€130 from order NW-100001 and €110 from order NW-100002, both returned', 240],
  ])('%s → %d', (message, total) => {
    expect(refundAmount(message).total).toBe(total);
  });
});
