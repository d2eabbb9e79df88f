/**
 * Session 62 (helper T2): teams read the wrong way around returns and refunds: a German or Spanish return told done and
 * its money not there yet; a refund that came back wrong; the refund's timing or the shipping costs asked with how to make
 * the return (the returns team's answer), or the shipping costs asked back in Spanish after the return; a refund asked as
 * the remedy for a fault (a claim); an order that turned up on an account taken over. With the look-alikes that keep
 * their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { SHIPPING_COST_BACK } from './teamCorrectionsMore.js';
import { chasesRefundMoney, itemWentBack, REFUND_WRONG } from './refundMoney.js';
import { HOW_TO_RETURN, returnStillToMake } from './returnToMake.js';
import { ITEM_FAULT, REFUND_ASKED, refundForFault } from './faultRefund.js';
import { ORDER_SLIPPED_IN } from './highStakesDuty.js';
import { detectHighStakes } from './highStakes.js';
import { normalise } from '../bot/text.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });
/** The duty a high-stakes message names its team by ("fraud…": the money team's on the eval site; login: sign-in's). */
const duty = (m: string) => detectHighStakes(m, 1)?.skillDuty;

describe('a German or Spanish return told done, its money not there yet: the money team', () => {
  it.each([
    'Meine Retoure habe ich letzte Woche abgeschickt, aber das Geld ist immer noch nicht auf meinem Konto.',
    'Die Schuhe sind seit zehn Tagen bei Ihnen und ich habe noch keine Erstattung gesehen.',
    'Das Paket mit der Rücksendung wurde am Montag zugestellt, bisher noch keine Gutschrift. Was ist los?',
    'Envié la devolución hace diez días y todavía no tengo el dinero.',
  ])('%j', (m) => {
    expect(chasesRefundMoney(m)).toBe(true);
    expect(team('orders', m)).toBe('billing');
  });

  it.each([
    // Stock at the shop, not a return with it.
    'Ist die Jacke bei euch noch vorrätig? Das Geld ist noch nicht da, ich warte auf mein Gehalt.',
    // Nothing went back yet.
    'Ich möchte die Jacke zurückschicken, habe aber noch kein Geld für das Porto.',
    'Mi paquete no ha llegado todavía y ya pagué.',
  ])('%j stays with the orders team', (m) => {
    expect(chasesRefundMoney(m)).toBe(false);
    expect(team('orders', m)).toBe('orders');
  });
});

describe('a refund that came back wrong: the money team', () => {
  it.each([
    'order NW-411230, the refund looks completely wrong, I sent back two jackets',
    'they refunded me for the wrong item on NW-220931, the gloves instead of the jacket',
    'my refund is off by a mile, can someone check NW-562810',
    'Die Erstattung für NW-330112 stimmt nicht.',
    'El reembolso del pedido NW-771023 está mal.',
  ])('%j', (m) => {
    expect(REFUND_WRONG.test(normalise(m))).toBe(true);
    expect(team('orders', m)).toBe('billing');
  });

  it.each([
    // A wrong item delivered, the refund asked as the remedy: the orders' wrong item.
    'you sent me the wrong item, i want to send it back',
    'Is your refund policy wrong about 30 days? The page says 14.',
    'the refund form is all over the place, how do I return these boots?',
  ])('%j is not a refund gone wrong', (m) => {
    expect(REFUND_WRONG.test(normalise(m))).toBe(false);
    expect(team('orders', m)).toBe('orders');
  });
});

describe('how to make the return, with the refund timing or the shipping costs: the returns team', () => {
  it.each([
    ['I want to return my Pace 5, how do I do that?', '¿Y cómo hago la devolución? ¿Cuánto tarda el reembolso?'],
    ['how can i send the tent back?', 'Wie lange dauert die Rückerstattung danach? Wie funktioniert die Rücksendung genau?'],
    ['Quiero devolver la chaqueta, ¿cómo la devuelvo?', '¿Y me devolvéis los gastos de envío?'],
    ['Hi, want to know how to return the Lumen 400.', 'Ich habe sie noch nicht benutzt. Bekomme ich das Porto zurück?'],
  ])('%j %j', (...turns) => {
    expect(returnStillToMake(turns.join('\n'))).toBe(true);
    expect(team('orders', ...turns)).toBe('orders');
  });

  it.each([
    // Asked whether it may go back, then when the money comes (older label: billing).
    ['hey can i return the lumen 400 if i opened it?', 'ok und wie lange dauert das dann bis ich mein geld zurück bekomme?'],
    // Gone back already: the refund's timing is chased.
    ['Wie schicke ich die Jacke zurück?', 'Ok, ich habe sie zurückgeschickt. Wann kommt die Erstattung?'],
    ['Devolví el Ridgeline 3P hace una semana. ¿Me devuelven también los gastos de envío?'],
    ['Ich habe die Jacke zurückgeschickt. Bekomme ich die Versandkosten zurück?'],
  ])('%j %j goes to the money team', (...turns) => {
    expect(team('orders', ...turns)).toBe('billing');
  });

  it.each(['Can I return it if I opened it?', 'Wann kommt mein Paket?', '¿Cuánto tarda el envío?'])('%j is no how-to of a return', (m) => {
    expect(HOW_TO_RETURN.test(normalise(m))).toBe(false);
  });

  it.each([
    '¿Me devolvéis los gastos de envío del pedido?',
    'devuelven tambien los gastos de envio?',
  ])('%j asks the Spanish shipping costs back', (m) => {
    expect(SHIPPING_COST_BACK.test(normalise(m))).toBe(true);
  });

  it.each(['¿Los gastos de envío de la devolución los pago yo?', '¿Cuánto cuestan los gastos de envío?', 'devuelven el dinero en la tarjeta?'])('%j asks no shipping costs back', (m) => {
    expect(SHIPPING_COST_BACK.test(normalise(m))).toBe(false);
  });
});

describe('a refund asked as the remedy for a fault: the claims team', () => {
  it.each([
    ['i want my money back for this tent, the pole cracked on the second night'],
    ['need a refund on the Pace 5, it stopped working after a week', 'and your form is ridiculous'],
    ['just refund it. the jacket zip broke the first time i wore it'],
    ['Quiero un reembolso, la linterna no funciona.'],
  ])('%j', (...turns) => {
    expect(refundForFault(turns.join('\n'))).toBe(true);
    expect(team('billing', ...turns)).toBe('orders');
  });

  it.each([
    // The sum asked (older label: billing).
    ['both lumen 900r headlamps died within a month. i want a refund for both, they were €109,90 each'],
    // The refund's timing, after a return.
    ['I returned the headlamp because it flickers, when will I get my refund?'],
    // A refund with no fault: the money side.
    ['i want a refund for the gift card i never used'],
    // Charged for it.
    ['the lamp is broken and you charged me twice, i want a refund'],
    // A discount code that did not work, its share asked back (older label: billing).
    ['the code WELCOME10 didn\'t work on my order yesterday. Can you just refund the 10% manually?'],
    ['my voucher did not work at checkout, i want a refund of the difference'],
  ])('%j stays with the money team', (...turns) => {
    expect(refundForFault(turns.join('\n'))).toBe(false);
    expect(team('billing', ...turns)).toBe('billing');
  });
});

describe('an order that turned up on an account taken over: money moved, the fraud team', () => {
  it.each([
    'Someone changed my password and now there is a new order on my account for two watches. Please block it.',
    'Got an email that my password was reset, I did not do that, and there are two strange orders on my account now.',
    'My login email was changed without me and order NW-448120 is going to an address I have never seen.',
  ])('%j', (m) => {
    expect(ORDER_SLIPPED_IN.test(normalise(m))).toBe(true);
    expect(duty(m)).toBe('fraud\\w*');
  });

  it.each([
    'I placed a new order on my account yesterday, can I change the size?',
    'Order NW-448120 goes to an address I know well, my sister in Leeds.',
    'my order NW-220192 on my account shows the wrong colour',
    // A warranty replacement seen on the order page (older label: the sign-in team's takeover).
    "my login doesn't work anymore, and the order page I saw earlier showed a warranty replacement going to an address I don't recognise.",
  ])('%j is no order slipped in', (m) => {
    expect(ORDER_SLIPPED_IN.test(normalise(m))).toBe(false);
  });

  it('a takeover with no order stays with sign-in', () => {
    expect(duty('Someone changed my password and I did not do it. Please lock my account.')).not.toBe('fraud\\w*');
  });
});

describe('hostile input: each changed pattern and function returns', () => {
  const hostile = ['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'refund '.repeat(571), 'geld noch '.repeat(400), 'order on my account '.repeat(200), 'how do i return '.repeat(250)];
  it.each(hostile.map((h) => [h.slice(0, 20), h]))('%j…', (_, h) => {
    for (const re of [REFUND_WRONG, HOW_TO_RETURN, REFUND_ASKED, ITEM_FAULT, SHIPPING_COST_BACK, ORDER_SLIPPED_IN]) expect(typeof re.test(h)).toBe('boolean');
    expect(typeof chasesRefundMoney(h)).toBe('boolean');
    expect(typeof itemWentBack(h)).toBe('boolean');
    expect(typeof returnStillToMake(h)).toBe('boolean');
    expect(typeof refundForFault(h)).toBe('boolean');
    expect(typeof team('orders', h)).toBe('string');
    expect(detectHighStakes(h, 1) === null || typeof detectHighStakes(h, 1) === 'object').toBe(true);
  });
});
