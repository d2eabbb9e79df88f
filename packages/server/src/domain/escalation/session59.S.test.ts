/**
 * Session 59 (helper S): the team a handed-off chat goes to where the words pointed elsewhere: another item than the one
 * ordered, a sum back short of what was paid, a repair or re-proofing paid for, what a model the customer has can do, a
 * payment refused with its code, an account closed in German or Spanish with an order still open, a warranty claim the
 * customer scorns, an account's details changed behind the customer's back; with look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { chasesRefundMoney, refundFallsShort } from './refundMoney.js';
import { aboutOwnedItem } from './ownedItem.js';
import { asksOfOwnedProduct } from './preSales.js';
import { accountTakenDuty } from './highStakesDuty.js';
import { learnedDuty } from './highStakes.js';
import { normalise } from '../bot/text.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('another item than the one ordered goes to the orders team', () => {
  it.each([
    ['sales', 'order NW-624190 came with a mustard Stormshell instead of the navy one I picked'],
    ['sales', 'you sent me the black tent instead of the green one I chose'],
    ['sales', 'Trailsense came in sand instead of the black I selected'],
    ['technical', "I received the wrong colour jacket, it's grey not the navy I paid for"],
    ['sales', 'the tent that came is the wrong model, not what I ordered'],
    ['technical', 'got the grey headlamp instead of the orange one i wanted'],
    ['sales', 'I ordered the olive Stormshell but got a yellow one'],
  ])('%s\'s pick for %j', (from, m) => expect(team(from, m)).toBe('orders'));
  it.each([
    ['sales', 'do you have the Stormshell in navy instead of mustard?'],
    ['technical', 'the app sent me a reset link instead of the code I asked for'],
    ['sales', 'will the navy Stormshell be back in stock? I want it instead of the mustard one'],
    ['technical', 'the headlamp shows red light instead of white since the update'],
    ['billing', 'I got €129 back instead of the €159 I paid for the jacket'],
    ['billing', 'you charged me €159 instead of the €129 I paid at checkout'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a sum back short of what was paid is the refund chased', () => {
  it.each([
    'I returned the whole order NW-455017 (one Stormshell, €159 incl. shipping) and only got €129 back',
    'I got €129 back instead of the €159 I paid for the jacket',
    'returned the tent, only got 249 euros back, paid 289',
    'sent the boots back and was only refunded $80 to my card',
    'the refund came in €25 short',
  ])('%j', (m) => expect(chasesRefundMoney(m)).toBe(true));
  it.each([
    "I'm €5 short of free shipping, what else can I add?",
    'I only got 2 of the 3 jackets back from repair',
    'I just got a €50 gift card for my birthday, can I use it on sale items?',
    'only got €10 off with the student code',
  ])('%j chases no refund', (m) => expect(refundFallsShort(m)).toBe(false));
  it.each([
    ['orders', 'I returned the whole order NW-455017 (one Stormshell, €159 incl. shipping) and only got €129 back'],
    ['technical', 'I got €129 back instead of the €159 I paid for the jacket'],
    ['orders', 'returned the tent, only got 249 euros back, paid 289'],
  ])('%s\'s pick for %j goes to billing', (from, m) => expect(team(from, m)).toBe('billing'));
  it.each([
    ['orders', "I'm €5 short of free shipping, what else can I add?"],
    ['technical', 'I only got 2 of the 3 jackets back from repair'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a repair or re-proofing paid for, or out of warranty, is the troubleshooters\' service', () => {
  it.each([
    ['orders', "The zip slider on my Summit Pro 2 has cracked. It's 3 years old so out of warranty, I know. Can you repair it for a fee?"],
    ['sales', 'What time does the Portland store open on Sundays?', "Great. While I'm there, could your staff re-proof my old Stormshell? It's four years old and wets out within minutes. Happy to pay for it."],
    ['sales', "my tent's seam tape is peeling, it's five years old. Would your workshop re-seal it if I pay?"],
    ['orders', 'The zip on my Summit Pro 2 broke, warranty ran out last year. How much would it cost if you repair it?'],
    ['orders', "The strap on my backpack tore, can you mend it at my own expense? It's out of warranty anyway."],
  ])('%s\'s pick for %j', (from, ...turns) => expect(team(from, ...turns)).toBe('technical'));
  it.each([
    ['orders', "The zip on my tent broke after two months, it's still under warranty. Can you repair it?"],
    ['sales', 'Can you fix the address on my order NW-123456? Happy to pay the difference in shipping'],
    ['orders', "Can you repair it for free? It's only 4 months old and the pole cracked"],
    ['sales', 'Do you sell a repair kit for the Summit Pro 2? Happy to pay for it'],
    ['orders', 'The jacket arrived damaged in the post. Could you repair it or should I return it? Happy to pay postage'],
    ['orders', 'If you repair it under warranty, how long does it take?'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('what a model the customer has can do is the troubleshooters\' question', () => {
  it.each([
    'Love my Pace 5, genuinely. Does it connect to a Libre glucose sensor so I can see my readings on my wrist?',
    'Hola, ¿puedo nadar en el mar con mi Pace 5? Me voy a Menorca en julio y no quiero estropearlo.',
    "I've had my Lumen 900R for a year now. Does it work with a helmet mount?",
    'Love my Pace 5! Will it pair with a chest strap heart rate monitor?',
    'Really enjoying my Trailsense 2. Does it track sleep?',
  ])('%j', (m) => {
    expect(asksOfOwnedProduct(m)).toBe(true);
    expect(team('sales', m)).toBe('technical');
  });
  it.each([
    'Love my Pace 5, thinking of getting the Trailsense for my wife. Does it do offline maps?',
    "Does the Pace 5 connect to a Libre glucose sensor? I'd buy one if it does.",
    'Do you sell a strap that fits my Pace 5? Something in olive.',
    'My Pace 5 is great. Does the new Pace 6 have a flashlight?',
    '¿Se puede nadar en el mar con el Pace 5? Lo quiero para entrenar triatlón.',
    'which tent for my son 12 years old? is it warm enough for autumn?',
  ])('%j stays with pre-sales', (m) => expect(team('sales', m)).toBe('sales'));
});

describe('a payment refused with its code is billing\'s, not the data team\'s', () => {
  it.each([
    ['privacy', 'PAY-310 again. the address is correct\nPAY-310 again. the address is correct'],
    ['privacy', 'PAY-204 again. my name is spelled right'],
    ['privacy', 'the app gives me PAY-101 when I check out, my details are correct'],
    ['privacy', 'PAY-310, my postcode and address are correct on my account'],
    ['technical', 'my card keeps getting declined, the billing address matches my bank'],
  ])('%s\'s pick for %j', (from, m) => expect(team(from, m)).toBe('billing'));
  it.each([
    ['privacy', 'I want my card details deleted from my account after the PAY-310 error'],
    ['privacy', 'please correct the spelling of my surname on my account'],
    ['privacy', 'where do you store my payment data? is it GDPR compliant?'],
    ['technical', 'the app crashes whenever I open the payment screen'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('an account closed with an order still open is the data team\'s', () => {
  it.each([
    ['orders', 'Hallo, ich möchte mein Kundenkonto löschen lassen. Ich habe aber noch eine offene Bestellung, NW-745021, die nächste Woche geliefert werden soll. Geht das trotzdem schon?'],
    ['orders', 'quisiera borrar mi cuenta, pero tengo el pedido NW-771208 pendiente de entrega'],
    ['technical', 'Guten Tag, ich möchte mein Kundenkonto löschen. Es ist noch die Bestellung NW-771210 unterwegs, ist das ein Problem?'],
    ['orders', 'Ich möchte mein Konto schließen, habe aber noch eine Bestellung NW-771203 offen. Geht das?'],
    ['orders', "I'd like to delete my account please. I still have order NW-771202 on its way, is that a problem?"],
  ])('%s\'s pick for %j', (from, m) => expect(team(from, m)).toBe('privacy'));
  it.each([
    ['orders', 'to close my account my return for NW-447120 has to be processed first, right?'],
    ['orders', 'Ich möchte mein Kundenkonto löschen, aber zuerst die Bestellung NW-771211 stornieren. Wie geht das?'],
    ['orders', 'Quiero cancelar mi pedido NW-771205 y luego borrar mi cuenta. ¿Cómo lo hago?'],
    ['orders', 'Wie lange dauert die Lieferung der Bestellung NW-771212 nach Österreich? Ich habe kein Kundenkonto.'],
    ['privacy', 'I want to delete my account order history but keep the account'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a warranty claim the customer scorns leaves the fault with the troubleshooters', () => {
  it.each([
    ['watch keeps showing E12 after every run', 'did that. it syncs once and then E12 again the next day', 'a warranty claim, lovely. so 10-15 business days without a watch because of a SYNC error. fantastic product 🙃'],
    ['my watch shows E20 every time I update', 'a warranty claim, brilliant. two weeks without my watch for a software glitch. great stuff 🙃'],
    ['headlamp flickers on high mode', 'warranty claim, wonderful. so I send it away for weeks over a flicker. brilliant service 🙃'],
    ['my watch shows E01 and never finds GPS', 'a warranty claim, perfect. so 2 weeks without a watch over an E01. superb 🙃'],
  ])('%j', (...turns) => {
    expect(aboutOwnedItem(turns.join('\n'), false)).toBe(false);
    expect(team('technical', ...turns)).toBe('technical');
  });
  it.each([
    ['my watch shows E20 every time I update', 'ok a warranty claim, great, how do I start it?'],
    ['the lid of my headlamp cracked after a week', 'I want a warranty claim please'],
    ['watch keeps showing E12 after every run', "I'd like to make a warranty claim then."],
    ['my watch won\'t pair with my phone', 'a warranty claim then, great. where do I send it?'],
  ])('%j is a claim', (...turns) => expect(team('technical', ...turns)).toBe('orders'));
});

describe("an account's details changed behind the customer's back, no money moved, is the sign-in team's", () => {
  const login = 'login|log-?in|password|two-step|account access';
  it.each([
    "wait. I just opened settings and the email there is already some address I've never seen, and the delivery address has been changed too",
    "wait, I just looked and the email on my account is one I've never seen, and my shipping address has been changed as well",
    "I just checked and the email address is already some address I don't recognise, and the home address has been changed too",
    "just opened my account settings: the email is already an address I've never seen and the shipping address has been changed too",
    "I didn't change any of this. can you lock my account?",
  ])('%j', (m) => {
    expect(accountTakenDuty(normalise(m))).toBe(login);
    expect(learnedDuty(normalise(m))).toBe(login);
  });
  it.each([
    "the email on my account is one I've never seen, and there's an order for €240 I didn't place",
    'someone got into my account and ordered two jackets on my card',
    "I changed my delivery address but the parcel NW-551122 still went to the old address",
    'I updated my email, but the confirmation link never arrived',
  ])('%j is not', (m) => expect(accountTakenDuty(normalise(m))).toBeUndefined());
});
