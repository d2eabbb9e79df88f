/** High-stakes phrasings from session 19's blind sets (fresh50–53) and the review of their patterns. */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';

describe('high stakes: blind sets fresh50/51 (session 19)', () => {
  it('reads a whole card number typed in after clicking a text, and a Spanish burn while charging', () => {
    expect(findHighStakes('got a text that my parcel was held for a €1,99 customs fee. i clicked it and typed in my whole card number 😳')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('el reloj se calentó muchísimo mientras cargaba y me quemó la muñeca')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('el Lumen echa humo mientras se carga')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('¿es normal que el reloj se caliente un poco al cargar?')).toBeNull();
  });
});

describe('high stakes: warmth said not to be an incident (fresh53)', () => {
  it('is no incident when the heat is denied or mild', () => {
    expect(findHighStakes('not like too hot to touch, just warm like a laptop gets')).toBeNull();
    expect(findHighStakes('the power bank gets kinda toasty on my desk while charging. normal?')).toBeNull();
    expect(findHighStakes('it got too hot to touch while charging and I unplugged it')).toMatchObject({ kind: 'safety' });
  });
});

describe('high stakes: review of session 19 patterns', () => {
  it.each([
    "It wasn't smoking when I unplugged it, but the case had melted near the port.",
    "It's not just warm, it's too hot to touch and the screen went black.",
    'Not smoking any more, but it was pouring smoke ten minutes ago and I threw it in the sink.',
    'Se me calentó muchísimo la batería externa mientras la cargaba.',
  ])('an incident past a denial or in other words: %s', (m) => {
    expect(findHighStakes(m)).toMatchObject({ kind: 'safety' });
  });
  it.each([
    'El sol me quemó la cara en la travesía, ¿la chaqueta Stormshell tiene protección UV?',
    'El hornillo va genial, el agua se calentó muchísimo más rápido que con el viejo.',
    'En el desierto la tienda se calentaba demasiado por dentro, ¿cuál es más fresca?',
  ])('sun, cold or a stove is no product incident: %s', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
});

describe('high stakes: older sets, session 19', () => {
  it.each([
    ['if its not there by monday im disputing it with mastercard', 'dispute'],
    ['Got a text about a parcel held at customs and I paid the €2.99 on the link with my Mastercard. now I think it was fake??', 'security'],
    ['I just got an email saying my account email was changed to ghost@example.net. I never did that!!', 'security'],
    ['My brother-in-law is a solicitor and he is drafting a letter to you this week.', 'legal'],
    ['She wore the Lumen on high during a night walk and said it felt hot. Now she has a red blistered patch on her forehead.', 'injury'],
  ])('%s', (m, kind) => {
    expect(findHighStakes(m)).toMatchObject({ kind });
  });
  it.each([
    'My brother-in-law is a solicitor and he helped me write the letter to my landlord.',
    'After a long walk in the new boots I had blistered heels, is that normal for the first week?',
  ])('not: %s', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
});

describe('high stakes: fresh52 (session 19)', () => {
  it('reads a card confirmed on a lookalike site and a PayPal claim opened in Spanish', () => {
    expect(findHighStakes('got a text that my order was on hold and I needed to confirm my card at northwind-orders-help.example.net. I did it 🤦 was that really you?')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('Si hoy no me contestáis, abro una reclamación en PayPal por los 39,95.')).toMatchObject({ kind: 'dispute' });
    expect(findHighStakes('Where do I confirm my card details on your site when Klarna asks?')).toBeNull();
  });
});

describe('high stakes: blind sets fresh66/68 (session 23)', () => {
  it('reads a dispute the customer is about to open with the card company', () => {
    expect(findHighStakes("it's been 9 business days and both charges are posted, not pending. I'm calling Amex this afternoon to dispute one of them")).toMatchObject({ kind: 'dispute' });
    expect(findHighStakes("i'm going to ring my bank tomorrow and dispute it")).toMatchObject({ kind: 'dispute' });
    // Asked, or a call about something else, is not.
    expect(findHighStakes('should I call Amex to dispute it?')).toBeNull();
    expect(findHighStakes("I'll call my bank this afternoon to ask why it was declined")).toBeNull();
  });
  it('reads account changes the customer did not make, across sentences', () => {
    expect(findHighStakes("I just got an email from you asking me to confirm a new email address on my account. I didn't change anything. My account is p.achterberg@example.com")).toMatchObject({ kind: 'security' });
    expect(findHighStakes("there are account changes I didn't make")).toMatchObject({ kind: 'security' });
    // Their own change, or a missing link, is not.
    expect(findHighStakes("I want to change my email address, how do I confirm the new email? I didn't get any link")).toBeNull();
    expect(findHighStakes("I set a new password yesterday but I didn't do anything else and now it's locked")).toBeNull();
    expect(findHighStakes("I changed my password but I didn't get a confirmation")).toBeNull();
  });
});

describe('high stakes: review of the session 23 patterns', () => {
  it.each([
    'I am trying to decide whether I call Amex to dispute it or just wait for your refund. How long does it usually take?',
    'I was going to call Visa and dispute it but your colleague fixed it, thank you!',
    "I have a new email address, I haven't changed it on my account yet. Can you do it for me?",
    "My new phone number is 0176 5550123, I didn't change it in my account yet, can you update it?",
    "I requested a new password this morning but I didn't change it yet because the link expired. Can you resend?",
    "your newsletter keeps arriving at my new email address even though I didn't ask for it",
    'Oops, I checked out too fast and there are changes I never made to the order. Can I still swap the jacket to size M?',
    "Since the app update it keeps asking me for a new password every time I open it. I didn't change anything.",
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it('reads "our bank" and "get it charged back"', () => {
    expect(findHighStakes("we're calling our bank this afternoon to dispute it")).toMatchObject({ kind: 'dispute' });
    expect(findHighStakes("I'm ringing my card company now to get it charged back")).toMatchObject({ kind: 'dispute' });
  });
});

describe('high stakes: a German court in an English message (fresh69, session 23)', () => {
  it('reads the Amtsgericht as a legal threat', () => {
    expect(findHighStakes("I already appealed once and got the same answer. Next step is the Amtsgericht, I've got the forms filled in.")).toMatchObject({ kind: 'legal' });
  });
});

describe('high stakes: the Amtsgericht only as a threat (review, session 23)', () => {
  it.each([
    'Please put this on the invoice: Bergwerk GmbH, Amtsgericht München HRB 123456',
    'Lieferadresse: Am Amtsgericht 5, Kiel',
    'Ich arbeite am Landgericht Köln, kann ich dorthin liefern lassen?',
    'Der Paketshop ist direkt neben dem Amtsgericht, kann ich dort zurückgeben?',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it('"ich gehe zum Amtsgericht" is', () => {
    expect(findHighStakes('Wenn das nicht geklärt wird, gehe ich zum Amtsgericht.')).toMatchObject({ kind: 'legal' });
  });
});

describe('high stakes: blind sets fresh72–78 (session 24)', () => {
  it.each([
    ["if the duplicate $268.15 hasn't been reversed by the end of next week I'll have no choice but to ask Visa to dispute the charge. I would much rather not go down that route.", 'dispute'],
    ["I think someone's in my account. I got emails saying my password AND my email address were changed.", 'security'],
    ['I think somebody has been into my account, my password does not work.', 'security'],
    ['I had an email saying my email address had been changed, and I never changed it.', 'security'],
    ["the email on my account isn't even mine any more, it's some address I've never seen.", 'security'],
    ["My brother-in-law is a solicitor and he has offered to write to you. I'd honestly rather not go there, but I will.", 'legal'],
    ["my son-in-law is a solicitor so I'll be asking him to write to you.", 'legal'],
  ])('"%s" is %s', (m, kind) => {
    expect(findHighStakes(m)).toMatchObject({ kind });
  });
  it.each([
    "I'm not interested in raising a dispute with the bank or anything of that sort, I would simply like to understand what this is.",
    'my Trailsense has been in the drawer since the summer, as I broke my ankle falling off a step ladder in the garden',
    "I'm due in court as a witness next Thursday, nothing exciting, and I'd like a new rain jacket for the walk there.",
    'I changed my email last week, never seen the confirmation though',
    'my friend is a lawyer and offered to help me pick a tent',
    'How do I add my partner as someone who can use my account?',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
});

describe('high stakes: ordinary messages from the review of the session-24 patterns', () => {
  it.each([
    'How do I add someone into my account as a second user?',
    'I was worried someone was in my account last week, but it turned out to be my son. All fine now.',
    'I reset my password but I never changed the email address, so why do the reset mails not arrive?',
    'Is two-step verification switched on by default? I never set up anything like that.',
    'My daughter has a login to my account; the email on my account is not mine, it is hers.',
    'My brother is a solicitor and he has offered to write to you to say thank you for sorting his tent warranty.',
    "I'll get Visa to reverse the hold on my card myself, no worries. Thanks for cancelling.",
    'Your colleague on the phone said someone is in my account right now fixing the address. Should I log out?',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it.each([
    ['The step ladder I bought from you collapsed, I fell off the ladder and broke my arm.', 'injury'],
    ["I'll see you in small claims court, and my neighbour will come as a witness.", 'legal'],
    ["I think someone's been in my account, there are orders I don't recognise.", 'security'],
    ["If it isn't sorted by Friday I'll have to ask my credit card company to dispute it.", 'dispute'],
  ])('"%s" is %s', (m, kind) => {
    expect(findHighStakes(m)).toMatchObject({ kind });
  });
});

describe('high stakes: things named, then disowned, with the money taken', () => {
  it.each([
    "just got 3 order confirmations for stuff I never bought, and my card's been charged $212.40",
    "There are two orders on my account for items I didn't order and €184,90 has gone from my bank",
    'charged €96 for things I have never ordered??',
  ])('%s → security', (message) => {
    expect(findHighStakes(message)?.kind).toBe('security');
  });
  it.each([
    "I'd like to try stuff I never bought before, is there a sampler? I paid €20 last time for shipping",
    "The stuff I didn't buy online I got in the Berlin store for €80, can I return it by post?",
    'items I never ordered came in the parcel with my jacket, do I send them back?',
    "a gift card for things I never bought myself, a present from my aunt worth €50",
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: buried in a long message (session 29)', () => {
  it.each([
    ["Digging through my inbox I found an email from you last night saying my email address had been changed, which I definitely didn't do.", 'security'],
    ['My power bank exploded on the desk last night.', 'safety'],
    ["I got a text 'Northwind Gear: parcel on hold, pay 1,99 EUR customs fee' and I put my card in on that page. Now there's a charge of 389,00 EUR.", 'security'],
    ['The tent pole snapped and cut my hand open, nothing to do with the wind.', 'injury'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    'My inbox has basically exploded this month. Did the unsubscribe not work?',
    "I'm coming back from a knee injury (nothing to do with you, a ski accident in February), so I'm swapping running for walking.",
    'Recovering from a shoulder injury, is the Ridgeline light enough to carry?',
    "I got a text saying my parcel was on hold for customs, so I put my card in on your own site to pay the fee. Is that right?",
    'I got a text that my parcel is on hold. I did not click anything. Is it real?',
    'My email address was changed last week, I did it myself. Where do I see the new one?',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: review of the session-29 patterns', () => {
  it.each([
    ["three jackets I didn't order on my account and €540 has been charged", 'security'],
    ['Two headlamps I never ordered, card charged €120', 'security'],
    ["I've been charged €210 for an order I have never placed", 'security'],
    ['My phone exploded while charging from the Voltpack 20000 last night!', 'safety'],
    ["I know it's not your fault really, but the Ridgeline pole snapped and I needed four stitches in my hand.", 'injury'],
    ['Coming back from the walk, the tent pole snapped and sliced my finger open, it was bleeding for ages.', 'injury'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    "My password was changed by me yesterday and I didn't get a confirmation email.",
    'My email address was changed to my new work one and I never received the verification email.',
    "Do you repair things I didn't buy from you? Happy to pay €30",
    'The parcel had two items I never ordered, headlamps instead of my jacket. I paid €149',
    "I'd like a refund for things I didn't order — you sent a size M instead of L, €159.",
    "I'm trying to return stuff I didn't buy in the sale, €120 worth",
    'My receipt lists things I never ordered separately, like the €4.95 shipping',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});

describe('high stakes: second review of the session-29 patterns', () => {
  it.each([
    ["I'm recovering from a hand injury I got when the Ridgeline pole snapped", 'injury'],
    ['The VoltPack that cost me €49 exploded on my desk this morning', 'safety'],
    ['I got an email that my password was changed, which I never did.', 'security'],
  ])('%s → %s', (message, kind) => {
    expect(findHighStakes(message)?.kind).toBe(kind);
  });
  it.each([
    "charged €12.95 for express shipping that I didn't order",
    "charged €4.95 for delivery I didn't order, I chose click and collect",
    'charged for a rain cover I never ordered? It added €29 to my €189 order',
    "Password was changed yesterday, which I didn't do on purpose, I think I clicked the reset link twice",
    'I got a text with my click and collect code, then entered my card details at the till terminal',
    'how do i stop the newsletter? on holiday and my inbox is exploding',
  ])('not an incident: %s', (message) => {
    expect(findHighStakes(message)).toBeNull();
  });
});
