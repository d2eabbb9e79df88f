/**
 * Session 47's blind sets (fresh157: terse; fresh158: long-winded; fresh159: gifts, events, bulk, VIPs; fresh160:
 * Spanish and German, security; fresh161: troubleshooting): the misses they showed, each read as the general case it
 * is, with negatives beside.
 */
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../pipelineTypes.js';
import { detectHighStakes, findHighStakes, learnedDuty } from './highStakes.js';
import { translateTerms } from '../bot/glossary.js';
import { detectExplicitRequest } from './explicitRequest.js';
import { personRequestModel } from '../../site/botModels.js';
import { refundAmount } from './refundAmount.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { runRules } from './testContext.js';
import { normalise } from '../bot/text.js';

const shop = 'Northwind Gear';

describe('a count written as a multiplication', () => {
  it.each([
    ['please refund the three jackets, $69 times 3', 207],
    ['three times €45 back please', 135],
  ])('%j is %d', (m, total) => expect(refundAmount(m).total).toBe(total));
  it.each([
    ["I've asked three times for my $250 refund", 250],
    ['I called 3 times about the €150 refund', 150],
  ])('%j counts what was asked, not how often: %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('high stakes in Spanish and German, and charges nobody ordered', () => {
  it.each([
    ['Si mañana no tengo respuesta, le pido al banco que me devuelva el cargo.', 'dispute'],
    ['Si no lo tengo esta semana, pediré a mi banco que anule el cargo.', 'dispute'],
    ['Alguien ha entrado en mi cuenta: han cambiado la dirección de envío y la contraseña', 'security'],
    ['entré en el link y pagué 2,99 €. ahora veo un cargo de 340 € que yo no hice', 'security'],
    ['Auf meinem Konto ist eine Abbuchung über 89 €, die ich nicht gemacht habe', 'security'],
    ["I just saw two charges from you on my Visa, $431.15 and $96.00. I haven't ordered anything from you in a year.", 'security'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it.each([
    'el reembolso ya ha entrado en mi cuenta, gracias',
    'el pedido se canceló por un pago que no hice a tiempo',
    "I haven't ordered anything yet, do you charge for shipping to Norway?",
    "can you wrap the order as a present? I didn't place it yet",
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('an injury that puts the gear away, and a mailbox hacked elsewhere', () => {
  it.each([
    'broke my ankle so the trailsense is going in a drawer for a few months 🙃 anything i should do before putting it away?',
    'my flatmate broke her ankle at salsa class (of all things) so we sent back both Stormshells on 3 April.',
    'My old gmail was hacked last year so I have a new address now. I want to change the email in my Northwind account. Nothing strange happened in the account itself, no orders or changes.',
  ])('%j is none', (m) => expect(findHighStakes(m, '', '')).toBeNull());
  it.each([
    ['the tent pole snapped and broke my wrist so I can\'t hike', 'injury'],
    ["my gmail was hacked yesterday and now there are orders I didn't place", 'security'],
    ['My old gmail was hacked last year and now I see a charge of $300 I did not authorise', 'security'],
  ])('%j is still %s', (m, kind) => expect(findHighStakes(m, '', '')?.kind).toBe(kind));
});

describe('a refund over 200 told across two messages', () => {
  it.each([
    ['hey quick q, after a return how long till the money is back on a visa?', "ok so it's order NW-418206, i sent back 2 stormshell jackets. one was €129 and the other €99"],
    ['hi i returned the trailsense my mom got me, it was the wrong model. ups says it was delivered last tuesday', 'its order NW-915402, two hundred and ten dollars. when is that going back on her amex'],
    ['returning two things from the holiday order NW-203558: the lumen 900r was $89.50', 'and the pace 5 strap bundle, $129. both are in the box going back today. when do i get the refund on paypal?'],
  ])('%j … %j', (a, b) => expect(runRules([a, b])?.trigger).toBe('rule'));
  it('not under the threshold', () => {
    expect(runRules(['hey quick q, after a return how long till the money is back on a visa?', 'i sent back 2 jackets. one was €29 and the other €99'])).toBeNull();
  });
});

describe('frustration, session 47', () => {
  it.each([
    "Your quality control is a joke and I'm done being polite about it.",
    "But I'm sure the next newsletter will be the one that finally respects my wishes.",
    "Yes, thank you, I'm able to read the refunds page on my own. I did, twice.",
    "Still invisible. But sure, let me hold the upper-left button for 15 seconds a third time, I'm sure that'll do it 🙂",
  ])('%j reads as frustration', (m) => expect(scoreFrustration(m, [], false, shop).strongest).toBeGreaterThanOrEqual(1));
  it.each([
    "We were in a car park next to a tall hotel, which probably didn't help. Thanks!",
    "sure, let me check again tomorrow and I'll get back to you",
    'sure, let me try it a second time',
  ])('%j does not', (m) => expect(scoreFrustration(m, [], false, shop).score).toBe(0));
});

describe('an item held in a store goes to the pre-sales team', () => {
  const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
  const site: SiteConfig = { name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], skills: [skill('billing', 'Payments and refunds'), skill('orders', 'Shipping, returns, warranty'), skill('sales', 'Pre-sales questions, stock, store questions')], defaultSkill: 'billing', rules: [] };
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it('whatever the classifier read', () => {
    expect(correctTeam(site, 'billing', input('hold a pace 5 in black at portland til sat? will pay there'))).toBe('sales');
  });
  it('not a parcel or an account', () => {
    expect(correctTeam(site, 'orders', input('can you hold the parcel at the depot until I am back?'))).toBe('orders');
    expect(correctTeam(site, 'billing', input('my late husband opened this account and I would like it put in my name'))).toBe('billing');
  });
});

describe('the team for a high-stakes case in words of its own', () => {
  it.each([
    "my daughter put her pace 5 on straight off the charger and wore it to school. there's a red patch under where it sat and it's come up in a blister",
    'ridgeline 3p pole snapped while pitching, whipped back and cut my daughters cheek. 3 stitches',
    "weird one: my voltpack doesn't sit flat on the desk anymore, it rocks like there's a bump in the middle",
  ])('%j is the safety team\'s', (m) => expect(learnedDuty(normalise(m))).toBe('safety'));
  it('a lawyer over a rejected warranty claim is the claims team\'s; over shared data, not', () => {
    expect(detectHighStakes('Meine Garantieanfrage wurde abgelehnt. Ich habe die Unterlagen bereits meinem Anwalt gegeben.', 1)?.skillDuty).toBe('warranty');
    expect(detectHighStakes('you shared the photos from my warranty claim with a repair company. I am reporting this to the data protection authority', 1)?.skillDuty).toBeUndefined();
  });
});

describe('team corrections, session 47', () => {
  const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
  const site: SiteConfig = {
    name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'billing', rules: [],
    skills: [
      skill('billing', 'Payments, failed or double charges, refunds (the money side), invoices and VAT, discount codes.'),
      skill('orders', 'Shipping, delivery and tracking, returns, exchanges, damaged or wrong items, warranty claims.'),
      skill('technical', 'Product troubleshooting and product safety, GPS watches, the app, account login.'),
      skill('sales', 'Pre-sales product questions and availability, product specs, store questions.'),
      skill('privacy', 'Data deletion and account closure, data access requests, GDPR questions, consent and marketing-data issues.'),
    ],
  };
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['orders', 'there are two charges of $84.99 for my lumen 900r, order NW-557302', 'billing'],
    ['technical', 'me llegó el reloj Pace 5 pero en la caja no venía el cable de carga. el pedido es NW-563801', 'orders'],
    ['technical', 'who gets my GPS routes from the trail app? do they go to any other companies?', 'privacy'],
    ['technical', "deleted my trail app account and clicked the confirmation link, but I'm still getting your emails", 'privacy'],
    ['technical', "is there a pace 6 coming out this year? don't want to buy the 5 and have it replaced a month later", 'sales'],
    ['technical', 'thinking to buy the Trailsense. can it show offline maps?', 'sales'],
    ['technical', 'kann man den Akku Lumen Core für die Lumen 400 auch einzeln kaufen?', 'sales'],
    ['technical', 'Guten Abend, ich möchte eine Kopie aller Zahlungsdaten, die Sie über mich gespeichert haben.', 'privacy'],
    ['technical', 'where are the GPS tracks from my watch stored? EU or US?', 'privacy'],
    ['technical', 'can I delete just my run history from the trail app without deleting my whole account?', 'privacy'],
    ['sales', 'how do I withdraw my cookie consent on your site?', 'privacy'],
    ['technical', "I'd like to close my late husband's account with you.", 'privacy'],
    ['technical', 'me ha llegado la linterna del pedido NW-563870 con la tapa de las pilas rota', 'orders'],
    ['sales', 'where is my tent?? NW-907352. we leave on saturday', 'orders'],
    ['orders', 'hola, el frontal está 15 € más barato en otra tienda. ¿me devolvéis la diferencia?', 'sales'],
    ['billing', 'the site wants the code from my authenticator app to sign in', 'technical'],
    ['orders', 'we ordered 6 headlamps on NW-702215 and need the invoice split in two', 'billing'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(correctTeam(site, from, input(m))).toBe(to));
  it.each([
    ['technical', 'the charging cable was not in the box, where can I buy a spare?'],
    ['technical', "my watch still won't pair after the update"],
    ['orders', 'the parcel was charged for express but came standard'],
    ['technical', 'my watch arrived fine but the strap broke after a week'],
    ['technical', 'where is my refund for the tent? NW-907352'],
    ['orders', "to close my account my return for NW-447120 has to be processed first, right?"],
  ])('%s keeps %j', (from, m) => expect(correctTeam(site, from, input(m))).toBe(from));
});

describe('glossary, session 47', () => {
  it('a postcode is an address, a gift receipt a return', () => {
    expect(translateTerms(['puse', 'mal', 'el', 'codigo', 'postal'])).toEqual(['delivery', 'address']);
    expect(translateTerms(['con', 'el', 'ticket', 'regalo'])).toEqual(['gift', 'receipt', 'return']);
    expect(translateTerms(['el', 'codigo', 'de', 'descuento'])).toEqual(['code', 'discount']);
  });
});

describe('fresh162-166: polite anger', () => {
  it.each([
    "How convenient. So your 'promise' only applies when it costs you nothing.",
    "'Contact your bank.' Yes, thank you, I had rather worked that out.",
    'What a delightful morning this is turning out to be.',
    "Forty years teaching children to love the outdoors, and a nineteen-year-old gets 15% off while I don't. Charming.",
    'cool cool cool. so I paid €118 for thin air. thanks a lot northwind 👏',
    "So I'm stuck with an account I don't want because your warehouse can't scan a box. Wonderful. Truly.",
    "I'd like an actual update, not another link.",
    "I shall buy it from Müller, then, and I don't suppose I'll be back.",
    "I think I'll shop somewhere that values its older customers.",
  ])('%j reads as frustration', (m) => expect(scoreFrustration(m, [], false, shop).strongest).toBeGreaterThanOrEqual(1));
  it.each([
    'The gift wrap arrived. Charming! We love it.',
    'I figured that out, it works now, thanks',
    'How convenient, the store is next to my office!',
    "ok I'll buy it from the Berlin store then",
  ])('%j does not', (m) => expect(scoreFrustration(m, [], false, shop).score).toBe(0));
});

describe('fresh162-166: requests for a person, and what is none', () => {
  it.each([
    'ive tried 3 different cables and it still does nothing, can i just speak to a tec',
    'Please have a person from your data protection team handle this, not the chat.',
    'I do think this needs looking into by one of your colleagues rather than the computer, if that could be arranged.',
    'hi can u put me thru to whoever does data stuff',
  ])('%j asks', (m) => expect(detectExplicitRequest(m, 1, personRequestModel, shop)).not.toBeNull());
  it.each([
    "Could you tell me how to contact your data protection officer? I'd prefer to put my questions in writing rather than speak to anyone.",
    "Payment failed: PAY-310 Address mismatch. Please check your billing details and try again.\n\nthat's what it says. what now",
    'I had someone look at it last week',
    'can I have a look at the tech specs',
  ])('%j does not', (m) => expect(detectExplicitRequest(m, 1, personRequestModel, shop)).toBeNull());
});

describe('fresh162-166: refunds, injuries and fraud', () => {
  it('the refund called short is what came back, not another item', () => {
    expect(refundAmount('why is my refund only €140 when I returned a €155 jacket').total).toBe(155);
  });
  it('what the customer takes back is replaced by what follows', () => {
    expect(refundAmount("Refund for the Stormshell jacket, €229... sorry no, I'm keeping the jacket, it's only the gloves going back, €34,95.").total).toBe(34.95);
    expect(refundAmount('refund of €250 please. actually no, make that €150').total).toBe(150);
    expect(refundAmount('I returned a €150 tent. sorry no reply yet on the €90 jacket').total).toBe(240);
  });
  it('stitches at the clinic after a pole whipped someone is an injury; a seam\'s stitches are not', () => {
    expect(findHighStakes('a pole on our Summit Pro 2 snapped in a gust and whipped my partner across the face, cut above the eyebrow, 3 stitches at the clinic in Tromsø')?.kind).toBe('injury');
    expect(findHighStakes('3 stitches came loose on the jacket seam')).toBeNull();
  });
  it('an order not placed, with a price that has a decimal point, is fraud', () => {
    expect(findHighStakes("there's an order NW-843320 on my account for $412.00 that I didn't place")?.kind).toBe('security');
  });
});

describe('fresh167, 168, 171: Spanish and German, disputes ruled out, a friend hacked elsewhere', () => {
  it.each([
    ['Hallo, ich habe die Trailsense letzte Woche zurückgeschickt (NW-577201). Wann bekomme ich meine zweihundertvierzig Euro zurück?'],
    ["I returned the Lumen 900R from NW-264018, the status says 'Return received'", 'Die Stormshell aus derselben Bestellung habe ich separat zurückgeschickt, also insgesamt €119,95 + €149,00. Wann ist das Geld wieder auf meiner Karte?'],
  ])('a refund over 200 asked in German: %j', (...msgs) => expect(runRules(msgs.filter(Boolean))?.trigger).toBe('rule'));
  it('"Quiero que un supervisor revise…" asks for a person', () => {
    expect(detectExplicitRequest('Quiero que un supervisor revise por qué seguís usando mis datos', 1, personRequestModel, shop)).not.toBeNull();
  });
  it('"Was ist bei euch eigentlich los???" shouted after the wrong size again is frustration', () => {
    expect(scoreFrustration('SCHON WIEDER die falsche Größe!!! Zum zweiten Mal. Was ist bei euch eigentlich los???', [], false, shop).score).toBeGreaterThanOrEqual(1.3);
  });
  it.each([
    "Not looking to open a PayPal dispute or anything dramatic, I'd just like to understand when the refund shows.",
    'is that a double charge? not looking to open a dispute or anything, just confused',
    'how do i turn on 2 step verifcation? my freind got hacked on some other site so i wanna be safe',
  ])('%j is no high stakes', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ["I'm going to open a PayPal dispute", 'dispute'],
    ['my account got hacked and someone ordered a tent', 'security'],
  ])('%j still is', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
});

describe('fresh167, 171: stuck and sarcastic, and an account deleted', () => {
  it('"so i\'m stuck with a €170 tent… cool. really cool." is sarcasm; a new one arriving "cool" is not', () => {
    expect(scoreFrustration("so i'm stuck with a €170 tent i never even pitched. cool. really cool.", [], false, shop).strongest).toBe(1);
    expect(scoreFrustration('the new one arrived today. cool. really cool.', [], false, shop).score).toBe(0);
  });
  it('what happens to the points if the account is deleted is the privacy team\'s; a threat to delete it is not', () => {
    const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
    const site: SiteConfig = { name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'billing', rules: [], skills: [skill('billing', 'Payments, gift card balances, loyalty points'), skill('privacy', 'Data deletion and account closure, data access requests')] };
    const input = (t: string) => ({ topical: t, conversation: t, current: t });
    expect(correctTeam(site, 'billing', input('Guten Tag, wenn ich mein Konto lösche, verfallen dann meine 640 Trailpoints?'))).toBe('privacy');
    expect(correctTeam(site, 'billing', input('if I delete my account do I lose my points?'))).toBe('privacy');
    expect(correctTeam(site, 'billing', input("my points are gone, I'll delete my account and shop elsewhere"))).toBe('billing');
  });
});
