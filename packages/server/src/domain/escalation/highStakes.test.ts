import { describe, expect, it } from 'vitest';
import { detectHighStakes, findHighStakes } from './highStakes.js';
import { sentences } from '../bot/text.js';
import { northwindNames } from './testContext.js';

describe('high stakes', () => {
  it.each([
    ['the lamp got really hot and there was a burning smell', 'safety'],
    ['smoke came out of the Ember bulb last night!!', 'safety'],
    ['the battery in the remote is swollen and the case cracked', 'safety'],
    ['the power bank has gone a bit puffy on one side', 'safety'],
    ["I'm filing a complaint with the Information Commissioner's Office about this", 'legal'],
    ['my lamp battery swelled up overnight', 'safety'],
    ['the battery is leaking some kind of fluid', 'safety'],
    ['my son burned his hand on the shade, it was glowing', 'injury'],
    ['the pendant fell from the ceiling and my partner needed stitches, we were in the hospital all night', 'injury'],
    ["if it's not refunded by friday I'm filing a chargeback", 'dispute'],
    ['I already opened a PayPal dispute', 'dispute'],
    ['o me lo devolvéis hoy o llamo al banco para anular todos los cargos', 'dispute'],
    ["I've spoken to my lawyer and will take this to court", 'legal'],
    ['I will file a complaint with consumer protection', 'legal'],
    ['Ich werde die Verbraucherzentrale einschalten', 'legal'],
    ['someone got into my account and changed the email', 'security'],
    ["there's an order on my account that I never placed", 'security'],
    ['I typed my card details into a link from a fake SMS', 'security'],
    // A change or a charge the customer disowns, across sentences.
    ["My login email was changed overnight to some address I've never seen. That wasn't me and I'm locked out.", 'security'],
    ['my statement has a charge of €74.90 from a store I never heard of', 'security'],
    ['three orders, NW-100201, NW-100202 and NW-100203, are on my account and I never placed any of them', 'security'],
    ['Das Ladegerät ist extrem heiß geworden, ich habe jetzt eine Brandblase am Finger', 'safety'],
    ['Ich habe bei PayPal einen Konfliktfall eröffnet', 'dispute'],
    ["I'm going to get a lawyer involved if this isn't sorted", 'legal'],
    ['Voy a hablar con mi abogado', 'legal'],
    // Injuries described by what happened to the body; card details given after clicking a text's link.
    ['a pole section snapped and the split end cut my hand open. Needed 3 stitches.', 'injury'],
    ['the zip pull sliced his finger, we ended up in A&E', 'injury'],
    ['I got an SMS saying my parcel was held and I had to pay customs. I clicked and put in my card details', 'security'],
    ['I clicked on a text about a customs fee for my parcel and typed in my card details 😬 was that actually you?', 'security'],
    ["smoke is coming out of the Lumen charger, it doesn't normally do that!", 'safety'],
    ['The headlamp is smoking right now, it usually never does that', 'safety'],
    ["last night it was charging on my desk and the plastic around the port went soft and there's a brown scorch mark. Whole room smelled of burnt plastic.", 'safety'],
    ['Got a text saying my parcel was held and I had to pay a €2.99 customs fee. I put my card details into the link. Was that you??', 'security'],
    ["I just got an email saying my account email was changed to an address I've never seen, and now my password doesn't work.", 'security'],
    ["Got a text yesterday saying my parcel was stuck at customs. I was waiting for one so I put my card details in on the page.", 'security'],
    ["It's been 12 days. I already opened a case in PayPal's resolution center fyi", 'dispute'],
    ["I just got a shipping email for an order going to Lyon. I've never been to Lyon and I didn't order anything.", 'security'],
    ["the login email on my account (rachel.adeyemi@example.com) was changed to an address I've never seen. I didn't do that", 'security'],
    // The account's details are someone else's now, said plainly.
    ["when I go into settings the email there isn't mine anymore, it's some x8kq2@example.net address, and my password doesn't work", 'security'],
    ['someone else changed my password last night', 'security'],
    ["if you won't refund me by friday I'll file a chargeback", 'dispute'],
    ["mine's been plugged in since last night and it's gone kind of puffy??", 'safety'],
    ['Si no me devolvéis uno de los cargos esta semana, abro una reclamación con mi banco para que lo retrocedan.', 'dispute'],
    ['the zip snapped back and we ended up in A&E with a cut eyelid', 'injury'],
    ["The stool leg snapped and my husband fell. He's in hospital now.", 'injury'],
    ['Mi hijo se cayó de la bici porque se soltó el manillar y está en el hospital.', 'injury'],
    ['Die Leiter ist zusammengebrochen, mein Mann liegt jetzt im Krankenhaus.', 'injury'],
    ['My charger overheated and melted the plug. I reported it a week ago and nothing has happened.', 'safety'],
    ["I'd rather not wait any longer, I've filed a chargeback with my bank.", 'dispute'],
    ['I bought the 15" laptop sleeve and was charged twice, so I\'ve filed a chargeback.', 'dispute'],
  ])('flags %j as %s', (msg, kind) => {
    expect(findHighStakes(msg)?.kind).toBe(kind);
  });

  it.each([
    'is it normal that the bulb gets a bit warm?',
    'what should I do if the battery ever swells?',
    'my tent is leaking at the seams',
    'your newsletter sparked my interest in the headlamp',
    'Is the puffy jacket waterproof?',
    'the new app update is so bloated and slow',
    'shipping costs have ballooned since last year',
    'I washed my down jacket and it puffed up nicely',
    'the charger feels slightly warm while charging, normal?',
    'is it ok to leave the lamp on overnight?',
    'what happens if the bulb overheats? just asking before I buy',
    'my dad broke the box open and the lamp is fine',
    'how do I change the email on my account?',
    // A lawyer mentioned, not threatened.
    'my sister is a lawyer and she says the warranty is two years, is that right?',
    'my lawyer friend recommended your lamps',
    'mi hermano es abogado y dice que tengo 14 días',
    'I changed my password yesterday, how do I change the email too?',
    'can I get a refund to my card?',
    'the pole of the floor lamp is bent',
    'the stitches on the seam came loose after one trip',
    'I entered my card details at checkout and got PAY-204',
    "got a text saying my order needs a €2 customs payment, link looks dodgy. didn't click it or put in my card details",
    'how do I cut the guy lines to length?',
    "I was in hospital for most of last month, which is why it sat in the hallway. Can I still return it?",
    "I was in hospital with pneumonia for two weeks, so I couldn't return the boots in time",
    'I entered my card details and clicked Pay but nothing happened.',
    'I typed in my card details and then got a text with a code from my bank, but the payment still failed',
    'The backpack strap had loose stitches after a week, can I get it repaired?',
    'I added the tent to my basket but didnt order anything yet, is the price guaranteed?',
    "does the lumen 900r normally get hot when it's on high?",
    'My sleeping bag smelled of smoke after the campfire, can I put it in the washing machine?',
    'We went with the smoke grey last time, does the new jacket come in smoke too?',
    "It's scorching here this week, which of your tents has the best ventilation?",
    'Will the pan get scorch marks on a gas hob?',
    'Got a text saying my parcel was held, looked fake so I ignored it and put my card details into your own checkout instead. Is that safe?',
    "You charged me €89.95 two weeks ago and I've never seen the parcel.",
    "Payment of €120 went through on the 3rd but I've never seen a confirmation email",
    "if my headlamp ever started smoking while charging, what's the right thing to do? Nothing's wrong with it.",
    "My flatmate said 'just do a chargeback lol' but I'd rather not go nuclear over a glitch",
    "the email on the order confirmation isn't mine, I typed my wife's by mistake. can I change it?",
    'my password was changed yesterday after I clicked reset, how long does the link last?',
  ])('does not flag %j', (msg) => {
    expect(findHighStakes(msg)).toBeNull();
  });

  it('reads a dispute of an amount with a decimal point ("disputed the $214.50 with Amex"): the point ends no sentence', () => {
    expect(findHighStakes("already sent the missing parcel form last week and heard nothing. I've now disputed the $214.50 with Amex.")).toMatchObject({ kind: 'dispute' });
    expect(findHighStakes('I disputed it with my bank')).toMatchObject({ kind: 'dispute' });
    expect(findHighStakes("I'm disputing the $329 with Amex now.")).toMatchObject({ kind: 'dispute' });
    // Asking about it, ruling it out, or advice someone gave: no dispute of the customer's own.
    for (const msg of ['should I dispute the $50 with my bank or can you sort it out?', 'can I dispute the €89.90 with PayPal if the parcel never shows up', 'is it worth disputing the $39.99 with paypal or will you just refund the shipping', "I won't dispute the $60 with my card company, just tell me where the refund is", 'no need to dispute the 75 euros with my bank now, the refund arrived, thanks']) {
      expect(findHighStakes(msg), msg).toBeNull();
    }
    expect(sentences('It was $214.50. Then 3.5 kg. Done')).toEqual(['It was $214.50.', 'Then 3.5 kg.', 'Done']);
  });

  it('reads an injury that did not happen as none, and one that did however the sentence starts', () => {
    expect(findHighStakes("a spark from the campfire burned a small hole in the flysheet. nobody got hurt, just the tent. is that covered under the warranty?")).toBeNull();
    expect(findHighStakes('luckily no one was injured but the lamp is wrecked')).toBeNull();
    expect(findHighStakes('the bulb exploded and my son got hurt')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('nobody told me it gets hot, my son got hurt')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('I did not see the blade and cut my finger on the tent peg')).toMatchObject({ kind: 'injury' });
  });

  it('reads a swollen power bank described in plain words, not a thing that is thick by nature', () => {
    expect(findHighStakes('the case of my VoltPack 20000 has gone rather fat in the middle, like a little pillow, and the seam has split', '', '', northwindNames)).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('the power bank has got a bit fat, is that normal?')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('my sleeping bag has gone thick and fluffy again after washing')).toBeNull();
    expect(findHighStakes('the headlamp strap is like a little pillow, very comfy')).toBeNull();
    expect(findHighStakes('my down jacket has gone all thick after washing', 'I was charged twice for it')).toBeNull();
    expect(findHighStakes('I read on a consumer forum that this tent leaks, is that true?')).toBeNull();
  });

  it('reads what customers writing English as a second language say: card details put in, an unknown shop, a DPA, consumer court', () => {
    expect(findHighStakes('I got SMS that my package is stopped in customs and I must pay 2,99 EUR. I clicked and put my card details.')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('Now I see a payment of 480 EUR on my card from unknown shop.')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('I will file a complaint at the Autoriteit Persoonsgegevens if this is not done this week.')).toMatchObject({ kind: 'legal' });
    expect(findHighStakes('I will file a case in consumer court if it is not resolved by this week.')).toMatchObject({ kind: 'legal' });
    // A payment the customer made, and card details put into the shop's own checkout, are no case.
    expect(findHighStakes('I see a payment of 480 EUR on my card for the tent, when does it ship?')).toBeNull();
    expect(findHighStakes('I put my card details in your checkout and it says PAY-204')).toBeNull();
  });

  it('reads card details put in on the page a text the message before described', () => {
    expect(findHighStakes('so that\'s not you? ugh. i already put my card details in on that page about an hour ago', 'got an sms saying my parcel is held at customs and i need to pay €2.99, legit?')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('ok, I put my card details in on your checkout page instead', 'got an sms saying my parcel is held at customs, legit?')).toBeNull();
  });

  it('reads card details given after clicking a link the message before described', () => {
    expect(findHighStakes("ok. thing is this morning it looked kind of puffed up on one side and there's a crack along the seam", 'is it normal for the power bank to get warm when it is charging my phone?')?.kind).toBe('safety');
    expect(findHighStakes('my down jacket looks puffy after washing, is that ok?', 'how do I wash the jacket?')).toBeNull();
    expect(findHighStakes('too late, i already clicked it and put in my card details 😩 what now', 'I got an SMS about a Northwind delivery fee of €2.49, is that legit?')?.kind).toBe('security');
    expect(findHighStakes('too late, i already clicked it and put in my card details 😩 what now')).toBeNull();
    expect(findHighStakes('The pay button froze so I clicked on it again and typed my card details a second time, now I am charged twice?')).toBeNull();
  });

  it('routes a takeover to the money side when a charge is part of it, in any of the languages', () => {
    expect(detectHighStakes('Auf meiner Kreditkarte ist eine Abbuchung über 89,00 €, die ich nicht gemacht habe. Mein Konto wurde gehackt!', 1)?.skillHint).toBe('fraudulent charges');
    expect(detectHighStakes('me han hackeado la cuenta y hay un cargo de 120 € en mi tarjeta', 1)?.skillHint).toBe('fraudulent charges');
    expect(detectHighStakes('my account was hacked, someone changed the email', 1)?.skillHint).not.toBe('fraudulent charges');
  });
});

describe('high stakes: reported phrasings', () => {
  it.each([
    ["This is the fourth one since then. If it doesn't stop I'm reporting you to the ICO.", 'legal'],
    ['Got a text from +44 7700 900981 saying my parcel needed a €2.99 delivery fee, and I typed in my card details before I realised.', 'security'],
    ['The Pace 5 when charging made a sound like tsss and a little smoke came out, I unplugged it.', 'safety'],
    ['My brother-in-law is a lawyer and says this is clearly a defect. Next thing you get is a letter from him.', 'legal'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });

  it('reads card details given after a text described a message earlier, and a charge they do not recognise', () => {
    expect(findHighStakes("oh no. I clicked it yesterday and put my card in. now there's a 249,00 charge on it I don't recognise", 'got an SMS that my delivery needs a €1,99 customs fee. is that you?')?.kind).toBe('security');
  });

  it.each([
    'My brother-in-law is a lawyer, he says the jacket is lovely.',
    'I put my card in the machine at the Berlin store and it was declined',
    'does smoke come out if the battery fails?',
    'how do i get my data deleted from guest orders NW-445190 and NW-445388, i never made an account',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });

  it('names the duty a team description would use for each kind', () => {
    expect(detectHighStakes('the lamp caught fire on my desk', 1)?.skillDuty).toBe('safety');
    expect(detectHighStakes('I cut my hand open on the pole, needed 3 stitches', 1)?.skillDuty).toBe('safety');
    expect(new RegExp(detectHighStakes('someone hacked my account and €312 came off my Visa', 1)!.skillDuty!).test('fraudulent charges')).toBe(true);
    expect(new RegExp(detectHighStakes('someone hacked my account and changed the password', 1)!.skillDuty!).test('account login')).toBe(true);
    expect(detectHighStakes("I'll take you to court", 1)?.skillDuty).toBeUndefined();
  });
});

describe('high stakes: review of the new phrasings', () => {
  it.each([
    'At checkout I put my card in and got a message saying the payment failed. Can you check?',
    'I typed my card details in and got a message asking me to confirm in my banking app, is that normal?',
    'The 49,99 € payment was made by my wife, not me — can the invoice be in her name?',
    'I reported it to the customs authority and they say the parcel is back with you',
    "I'm a lawyer and work long hours, so DHL should leave it with a neighbour. Will I get an email from them first?",
    'We came back from camping and my down jacket smells of campfire smoke. Can I wash it?',
    'how do i get my data deleted from guest orders NW-445190 and NW-445388, i never made a customer account',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });

  it.each([
    ["there's a €249 charge on my card I don't recognise", 'security'],
    ['a bit of smoke coming from the power bank', 'safety'],
    ["I'm complaining to the ICO", 'legal'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });

  it("reads a letter from a lawyer's firm as the threat when the lawyer came a message earlier", () => {
    expect(findHighStakes("Next thing you'll get is a letter from his firm.", 'My brother-in-law is a lawyer.')?.kind).toBe('legal');
  });

  it('routes a takeover to fraud only when money moved or card details were given', () => {
    expect(detectHighStakes('someone hacked my account and changed the email, my Visa is saved on it', 1)?.skillHint).toBe('account login password');
    expect(detectHighStakes('someone hacked my account and €312 came off my Visa', 1)?.skillHint).toBe('fraudulent charges');
    expect(detectHighStakes('I clicked on a text about a customs fee and typed in my card details', 1)?.skillHint).toBe('fraudulent charges');
  });
});

describe('high stakes: paying through the link of a text described earlier', () => {
  it('reads card details given through "the link" after "a text from X about customs fees"', () => {
    expect(findHighStakes('oh no. I already paid through the link, entered my card number and everything. €2.99', "got a text from 'Northwind' about customs fees for my parcel, is that legit?")?.kind).toBe('security');
    expect(findHighStakes('I paid through the link in your order confirmation e-mail with my card number', 'where do I pay the customs fee?')).toBeNull();
  });
});

describe('high stakes: a mark the product left, the regulator, a change the customer never asked for', () => {
  it.each([
    ['my son wore it last night and it left a red mark on his forehead, looked like a blister this morning', 'injury'],
    ['the strap gave her a burn mark on the wrist after charging', 'injury'],
    ["That's not good enough. If it carries on I'll be writing to the ICO.", 'legal'],
    ['I am going to take this to the data protection authority', 'legal'],
    ["yesterday I got an 'email address changed' notice that I never asked for", 'security'],
    ['the heating pad left blisters on my stomach', 'injury'],
    ["the heated throw left red marks on my son's shoulder", 'injury'],
    ['the headlamp left a burn mark on my nose', 'injury'],
  ])('"%s" is %s', (m, kind) => {
    expect(findHighStakes(m)?.kind).toBe(kind);
  });

  it.each([
    'these boots gave me blisters on the first walk, can I return them?',
    'will the headlamp leave a red mark if I wear it all night?',
    'I changed my email address last week, do I need to confirm it?',
    'who is the regulator for online shops in Spain?',
    // A mark on things, not on a person.
    'the red throw left red marks on my white sofa after washing',
    'the iron left a burn mark on my duvet cover',
    'the lamp shade left burn marks on the ceiling',
    'the iron left a burn mark on my duvet cover, can you help me?',
    'the lamp left burn marks on the back of the shelf',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
});

describe('high stakes: a dispute announced as a trip to the bank, Spanish and German wordings', () => {
  it.each([
    ["If it isn't sorted by Monday I'm heading to my bank to dispute the payment.", 'dispute'],
    ['I will go to my card issuer and get the money back myself', 'dispute'],
    ["I'm contesting the charge with Visa", 'dispute'],
    ['Si no me lo devuelven, voy a reclamar el cargo a mi banco.', 'dispute'],
    ['Voy a impugnar el cobro con la tarjeta.', 'dispute'],
    ['Dann beschwere ich mich beim Landesdatenschutzbeauftragten.', 'legal'],
    ['Ich wende mich an die Aufsichtsbehörde.', 'legal'],
  ])('"%s" is %s', (m, kind) => {
    expect(findHighStakes(m)?.kind).toBe(kind);
  });

  it.each([
    'I went to my bank to pay in a cheque and then ordered the tent',
    'can I pay by bank transfer instead of card?',
    '¿Puedo reclamar el descuento de estudiante?',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
});

describe('high stakes: an order never placed, a lawyer sent in', () => {
  it.each([
    ["ok im in. wait why is there an order NW-902114 in my history shipping to reno?? i never ordered that. and theres a $412.77 charge from you on my amex", 'security'],
    ["already appealed once, rejected again. claim WC-55120. my brother-in-law does consumer law and he says this is a textbook defect, so if you won't fix it ill let him handle it from here", 'legal'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    'I never ordered that colour, you sent me the blue one and charged €129',
    "my son handles my orders, I'll let him handle it from here, thanks",
    "I never ordered that size, there's a €59 jacket in the parcel instead of the M",
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: fresh35 (a set written to break keyword rules)', () => {
  it.each([
    ["If it isn't gone by Friday I'm filing with the CNIL. I've kept the confirmation email.", 'legal'],
    ["Got an email that there was a sign-in to my Northwind account (d.fernandez@example.net) from Vietnam. I've never been there, and now the saved address is one I don't recognise.", 'security'],
    ["Don't bother. My bank is clawing the money back for me, they opened a case this morning.", 'dispute'],
    ['My 6-year-old picked up the VoltPack 20000 while it was charging on the sofa and now there\'s a big red blister on his palm.', 'injury'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    'Last spring I opened a PayPal dispute over a parcel that went missing. You sent a replacement, it was closed, all good. Can I pay with PayPal on the US site?',
    'I signed in from my phone and the app looks different, is that an update?',
    'there was a burn mark on the table after the campfire, how do I clean the tent floor?',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: ordinary messages a review found among the new patterns', () => {
  it.each([
    "My son-in-law ordered the tent for me. I'll let him handle it, thanks!",
    'I can log in from the app fine, but the parcel that arrived is not mine.',
    "I logged in from my phone and I don't recognise the courier name.",
    "The price shows €199 in the app. I've never been to your Berlin store, is it cheaper there?",
    'You charged me €9.95 for shipping insurance, I never ordered that.',
    "I've got a blister on my thumb from the old tent poles, are the new ones easier to assemble?",
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
  it('an order the customer never placed, with its charge, is security', () => {
    expect(findHighStakes("There's a charge of $289.90 from Northwind on my card for order NW-610482. I never placed that order.")?.kind).toBe('security');
  });
  it('"once" in another sentence does not close a chargeback being filed today', () => {
    expect(findHighStakes("I'm filing a chargeback with my bank today. Once again your team closed my ticket, the case was closed without a refund.")?.kind).toBe('dispute');
  });
});

describe('high stakes: blind set fresh49', () => {
  it('reads card details put in after clicking a text the message before asked about ("texts about customs")', () => {
    const before = 'Do you send texts about customs fees? I got one about a parcel for NW-772301.';
    expect(findHighStakes("Ah. I did click it on my lunch break and put my card in to pay the €2.99, so that's not great.", before)).toMatchObject({ kind: 'security' });
    expect(findHighStakes('Ah ok. I did click it but closed the page before paying anything.', before)).toBeNull();
    expect(findHighStakes('I did click it and put my card in, then the €2.99 checkout on your site went through', 'Do you send texts about shipping updates?')).toBeNull();
  });
});

describe('high stakes: review of session 18', () => {
  it('a question about getting delivery texts is no phishing text', () => {
    const before = 'Can I get texts about my delivery instead of emails?';
    expect(findHighStakes("the Klarna payment failed so I did click 'pay by card' instead and entered my card details. Is the order going through?", before)).toBeNull();
  });
});

describe('high stakes: in German and Spanish, said as done', () => {
  it.each([
    ['Ich habe heute schon bei meiner Kreditkartenbank die Zahlung reklamiert.', 'dispute'],
    ['Wir haben bei PayPal einen Konflikt eröffnet, Sie hatten genug Zeit.', 'dispute'],
    ['mira, ya abrí una reclamación en PayPal por los 96,00', 'dispute'],
    ['Meine Uhr ist beim Laden so heiß geworden, dass das Armband angeschmolzen ist.', 'safety'],
    ['Das Kabel der Stirnlampe ist am Stecker verschmort.', 'safety'],
    ['Ich habe nichts bestellt, aber es wurden 129 € von meiner Karte abgebucht.', 'security'],
    ['Me ha llegado la confirmación de un pedido que yo no he hecho y me han cobrado 88,00 €.', 'security'],
    ['Die E-Mail-Adresse meines Kontos wurde auf eine fremde Adresse geändert. Das war ich nicht!', 'security'],
    ['Diese Bestellung habe ich nicht aufgegeben, trotzdem wurden 149 € abgebucht.', 'security'],
    ['Yo no hice ningún pedido y me cobraron 99,95 €.', 'security'],
    ['Alguien ha cambiado la contraseña de mi cuenta y no he sido yo.', 'security'],
    ['La correa del reloj se ha derretido mientras se cargaba.', 'safety'],
    ['Hemos abierto un caso en PayPal por la tienda de campaña que nunca llegó.', 'dispute'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });

  it.each([
    'Muss ich die Zahlung bei meiner Bank reklamieren oder machen Sie das?',
    'Der Schnee ist geschmolzen, jetzt kann ich das Zelt endlich aufbauen.',
    'Es ist so heiß geworden draußen, brauche ich ein leichteres Zelt?',
    'Ich habe noch nichts bestellt, wollte erst fragen, ob die Jacke wasserdicht ist.',
    'Ich habe die Lieferadresse geändert, kommt das Paket jetzt trotzdem morgen?',
    '¿Cómo cambio el correo de mi cuenta? Me he cambiado de trabajo.',
    'No sé si hice bien el pedido, ¿me lo confirmáis?',
    // From a review of the first version: a complaint about the goods, a question, another shop, the past.
    'Ich habe per Kreditkarte bezahlt und die Uhr wegen des Displays reklamiert – ist das Ersatzgerät schon unterwegs?',
    'Wird bei PayPal automatisch ein Fall eröffnet, wenn das Paket nicht ankommt?',
    'El año pasado abrí una reclamación en PayPal con otra tienda y fue un lío. ¿Vosotros aceptáis PayPal?',
    'Das Paket stand um 14 Uhr in der Sonne, die Schokolade als Beigabe ist geschmolzen 😄 Der Jacke geht es gut.',
    'Der Schnee war so schnell geschmolzen, dass wir die Stirnlampe gar nicht gebraucht haben.',
    'Es ist im Zelt tagsüber so heiß geworden – im Laden meinten sie, das Trek 2 sei luftiger. Stimmt das?',
    'Ist bei Ihren Uhren schon mal ein Armband angeschmolzen, wenn man sie am Lagerfeuer trägt?',
    'Ich habe nichts bestellt, weil der Versand 4,95 € kostet. Ab welchem Betrag ist er gratis?',
    'Ich habe das nicht bestellt – im Paket war eine rote statt der blauen Jacke. Bezahlt habe ich 149 € für die blaue.',
    'El pedido llegó con una talla que no pedí; pagué 89 € por la M y me mandasteis la L.',
  ])('not high stakes: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: session 21 blind sets, in other words', () => {
  it.each([
    ["got an sms that my parcel was held, paid the 2.99 fee with my card, and now there's a 640 euro charge i don't recognise", '', 'security'],
    ['I already called my bank and disputed the second charge, so you will probably hear from them', 'I was charged $89.00 twice', 'dispute'],
    ["i've told klarna i'm disputing it and paused the payment", 'klarna says i still owe 84.90 but i sent it all back', 'dispute'],
    ["Then my legal expenses insurance will take it from here. I've already opened a case with them.", 'the claim was rejected again', 'legal'],
    ["ok too late, i put my card number in yesterday", 'got a text saying my order is stuck at customs and i need to pay €1.99 to release it. is that you?', 'security'],
    ['I just got a confirmation mail for a change to someone@example.net that I never asked for.', 'how do I change my email?', 'security'],
    ["it whipped back into my eye. I ended up in A&E, they say it's a scratch on the cornea", 'the buckle on my hood snapped off', 'injury'],
    // The device named two messages earlier: all earlier messages are context.
    ["i left it in the car last week and now it's a bit puffy and the case has split along one side", 'can i take my VoltPack 20000 on the plane?.\ncarry-on, got it. and a hot car is bad right?', 'safety'],
  ])('%s → %s', (message, previous, kind) => {
    expect(findHighStakes(message, previous, previous, northwindNames)?.kind).toBe(kind);
  });

  it.each([
    ['the bank says the second charge is only a hold, should I dispute it?', ''],
    ['klarna says i still owe 84.90, do I need to tell them i returned it?', ''],
    ['Does your warranty count if my legal expenses insurance asks for the invoice?', ''],
    ['I put my card number in at your checkout and it failed', 'got a text about my order, is that you?'],
    ['I got a confirmation mail for the email change I made this morning, all good', ''],
    ['a branch whipped back into my face on the trail, does the Stormshell hood have a visor?', ''],
  ])('not high stakes: %s', (message, previous) => {
    expect(findHighStakes(message, previous)).toBeNull();
  });
});

describe('high stakes: from a review of the session-21 patterns (sincere messages)', () => {
  it.each([
    ["I scratched my cornea last month playing squash, so I'm after a headlamp with a softer red light. Which one?", '', ''],
    ['Hypothetically, if a parcel got lost, would I need to dispute the card payment myself?', '', ''],
    ['My sister is disputing it with Klarna because a different website never sent her order. Do you also offer Klarna?', '', ''],
    ['Last year I disputed the Visa charge from an airline and it took 3 months. Are your refunds quicker?', '', ''],
    ['I opened a case with my insurer after the car break-in, they stole my new tent. Can you send me the invoice?', '', ''],
    ['Ok thanks, I will just delete it then. I already did my order this week, I entered my card details on your site like normal.', 'Got an SMS about a customs fee, is that legit?', 'Got an SMS about a customs fee, is that legit?'],
    ['My feet get a bit puffy on long flights, are the booties roomy?', 'Do you sell down booties?', 'Can I take my VoltPack 20000 in hand luggage?.\nDo you sell down booties?'],
    ['My wrist got a bit swollen with my old watch strap, that is why I am asking.', 'And is the strap ok for sensitive skin?', 'Does the VoltPack charge a Pace 5?.\nAnd is the strap ok for sensitive skin?'],
    ["Great. I'll let him handle the campsite booking, I just need the tent.", 'which 2-person tent is lightest?', 'My cousin is a lawyer and says I have 14 days to cancel.\nwhich 2-person tent is lightest?'],
  ])('not high stakes: %s', (message, previous, earlier) => {
    expect(findHighStakes(message, previous, earlier)).toBeNull();
  });
});

describe('high stakes: final review of session 21', () => {
  it.each([
    ['my VoltPack battery is swollen, I keep it in my hand luggage', 'safety'],
    ['My Pace 5 watch battery is swollen, the face is lifting off the case', 'safety'],
  ])('a body word elsewhere does not excuse a swollen battery: %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    'I rolled my ankle on a walk and it is still swollen, so I need the wide boots',
    'Does my legal expenses insurance cover a claim like this?',
    'I have legal expenses insurance, just in case, but what is the return window?',
  ])('not high stakes: %s', (message) => {
    expect(findHighStakes(message, '', 'Do you sell power banks?')).toBeNull();
  });
});
