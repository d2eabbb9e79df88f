/**
 * Review 3 of session 52: look-alike probes of the patterns added in 1b0bb68, 8731ac4 and d4ef179 (a chore done again,
 * "never mind"/"nothing wrong", a bank asked to reverse a charge, disputes renounced, internal chargebacks, legal threats
 * over money not back, a refund refused for a returned item, orders never placed in German, "Euro zurückbekommen",
 * "the € 249,- … coming back", a refund come back short, specs in the data team's words, services not offered, a German
 * re-proofing service, "less than on your site", the learned fraud reading, German compounds), each with the reading
 * it should get. k: fr = frustration, hs = high-stakes kind, duty = high-stakes team duty, ld = learned duty, team =
 * corrected team from `from`, rule = rules' trigger, amt = amounts, facts = product facts, counts = German counts,
 * chase = refund money chased, product = asks about the product, deal = asks for a deal.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, findHighStakes, learnedDuty } from './highStakes.js';
import { correctTeam } from './teamCorrections.js';
import { runRules, testSite, unknownReply } from './testContext.js';
import { scoreFrustration } from './frustration.js';
import { refundAmount } from './refundAmount.js';
import { chasesRefundMoney } from './refundMoney.js';
import { asksAboutProduct, asksForDeal } from './preSales.js';
import { normalise } from '../bot/text.js';
import { extractFacts } from '../summary/entities.js';
import { findCounts } from '../summary/counts.js';
import type { SiteConfig, SiteContent } from '../pipelineTypes.js';

const shop = 'Northwind Gear';
/** The evaluation site's five teams, as its site.json describes them. */
const site: SiteConfig = {
  ...testSite,
  skills: [
    ['billing', 'Payments, failed or double charges, refunds (the money side), invoices and VAT, gift card balances, discount codes, Trailpoints balances, chargebacks and fraudulent charges.'],
    ['orders', 'Shipping, delivery and tracking, returns, exchanges, cancellations and order changes, damaged or wrong items, warranty claims.'],
    ['technical', 'Product troubleshooting and product safety, GPS watches, the Northwind Trail app, headlamps and batteries, account login, password and two-step verification problems.'],
    ['sales', 'Pre-sales product questions and availability, product specs, bulk and business orders, price matching, services we may or may not offer, store questions.'],
    ['privacy', 'Data deletion and account closure, data access requests, GDPR questions and complaints, consent and marketing-data issues.'],
  ].map(([id, description]) => ({ id: id!, name: id!, description: description!, examples: [] })),
};
/** A KB that names the products. */
const content: SiteContent = {
  key: 'nw',
  config: site,
  articles: [{ id: 'care', title: 'Care of your gear', body: 'The Lumen 900R and Lumen 400 headlamps, the Stormshell jacket, the Northwind Pace 5 and the Trailsense watches, the VoltPack 20000 power bank.' }],
};

type Probe = { id: string; k: string; m?: string; want: unknown; [key: string]: unknown };
const PROBES: Probe[] = [
  // ---- CHORE_AGAIN (sarcasm at a chore done again)
  { id: 'chore1', k: 'fr', m: 'Form sent. Great to be explaining the same thing for the third time.', want: true },
  { id: 'chore2', k: 'fr', m: 'Great to be filling in the same form again. The label still has not come.', want: true },
  { id: 'chore3', k: 'fr', m: 'Lovely to be filling in the claim again after you lost the first one.', want: true },
  { id: 'chore4', k: 'fr', m: 'We loved the Alps last summer, great to be doing it again in July! Does the Ridgeline 3P fit two adults and two kids?', want: false },
  { id: 'chore5', k: 'fr', m: 'Booked the Tour du Mont Blanc, lovely to be doing this again next year with my brother. Which headlamp would you recommend?', want: false },
  { id: 'chore6', k: 'fr', m: 'Fun to be doing it again with the scouts this autumn. Do you do group discounts?', want: false },
  { id: 'chore7', k: 'fr', m: 'love being out there again, the stormshell kept me dry all week', want: false },
  { id: 'chore8', k: 'fr', m: 'Nice to be sending this for the second time, maybe this time someone will read it.', want: true },
  { id: 'chore9', k: 'fr', m: 'Great to be going through the return process again, it was so easy last time. Where do I print the label?', want: false },
  // ---- NEVER_A_PROBLEM extension ("never mind", "over nothing", "nothing wrong")
  { id: 'nm1', k: 'fr', m: 'Oh right, it is in the FAQ. Never mind, thanks!', want: false },
  { id: 'nm2', k: 'fr', m: "Perfect, the Portland store has it. Never mind the delivery then, I'll pick it up.", want: false },
  { id: 'nm3', k: 'fr', m: 'Great, so nothing to worry about with the warm VoltPack. Thanks.', want: false },
  { id: 'nm4', k: 'fr', m: 'Wonderful, my husband was worrying over nothing. Thank you!', want: false },
  { id: 'nm5', k: 'fr', m: 'Brilliant. The repair centre says nothing is wrong with the watch and sent it back. It still dies in two hours.', want: true },
  { id: 'nm6', k: 'fr', m: 'Amazing. Your warehouse says nothing was wrong with the tent, yet the pole is snapped in the photos I sent.', want: true },
  { id: 'nm7', k: 'fr', m: 'Great. Never mind that the parcel never arrived, right?', want: true },
  { id: 'nm8', k: 'fr', m: 'Perfect. Never mind, nobody here can actually help anyway.', want: true },
  { id: 'nm9', k: 'fr', m: 'Super, so it was nothing wrong on my side, just the update. Working again now 👍', want: false },
  { id: 'nm10', k: 'fr', m: 'Fantastic, nevermind, I figured it out myself.', want: false },
  // ---- dispute: bank asked to reverse
  { id: 'bank1', k: 'hs', m: 'I have asked my bank to reverse the €129 payment, you never sent the jacket.', want: 'dispute' },
  { id: 'bank2', k: 'hs', m: 'Told my card company to stop both of the payments for NW-338102.', want: 'dispute' },
  { id: 'bank3', k: 'hs', m: 'I rang the bank to cancel the second of the two charges.', want: 'dispute' },
  { id: 'bank4', k: 'hs', m: 'Got my bank to reverse the €15 overdraft fee they charged after you took the money twice, but I still need the second €84,99 back from you.', want: null },
  { id: 'bank5', k: 'hs', m: 'My card was skimmed abroad so I asked my bank to cancel the card and send a new one. Can I update the card on my pending order?', want: null },
  { id: 'bank6', k: 'hs', m: 'I asked my bank to reverse the transfer I made to the fake Northwind site, not your shop. Was my real account affected?', want: 'dispute' },
  { id: 'bank7', k: 'hs', m: 'The payment failed with PAY-204. I called my bank to take back the block they put on the card, can I try again?', want: null },
  { id: 'bank9', k: 'hs', m: 'He pedido a mi banco que anule el cargo duplicado de 89 €.', want: 'dispute' },
  { id: 'bank10', k: 'hs', m: 'Ich habe meine Bank gebeten, die doppelte Abbuchung zurückzuholen.', want: 'dispute' },
  { id: 'bank11', k: 'hs', m: "I've asked my bank to reverse the direct debit I set up by mistake for my gym, nothing to do with you. Anyway: when does my Lumen 400 ship?", want: null },
  // ---- NOT_DISPUTING "not gonna dispute it"
  { id: 'nd1', k: 'hs', m: "I'm not going to dispute it, I just want to know when the €64 refund lands.", want: null },
  { id: 'nd2', k: 'hs', m: "not gonna charge it back, promise 😅 just tell me where the money is", want: null },
  { id: 'nd3', k: 'hs', m: "I'm not going to dispute the charge yet, but if the refund isn't here by Friday I will.", want: 'dispute' },
  { id: 'nd4', k: 'hs', m: "I'm not going to dispute it for now. You have until Monday, then it goes to my bank as a chargeback.", want: 'dispute' },
  { id: 'nd5', k: 'hs', m: "I'm not gonna dispute it with my bank unless you keep ignoring me.", want: 'dispute' },
  { id: 'nd6', k: 'hs', m: "I'm not going to dispute it with you any more, I already filed a chargeback with Visa this morning.", want: 'dispute' },
  { id: 'nd7', k: 'hs', m: "im not gonna dispute the charge w my bank, relax 😂 just want the invoice", want: null },
  // ---- INTERNAL_CHARGEBACK
  { id: 'ic1', k: 'hs', m: 'Our accounts team does internal recharging to each department, so can I get one invoice per team?', want: null },
  { id: 'ic2', k: 'hs', m: 'we do chargebacks to each cost centre internally, can the invoice show the cost centre?', want: null },
  { id: 'ic3', k: 'hs', m: 'Our finance department handles internal chargebacks, but this one is real: we filed a chargeback with Amex for NW-448120 because you charged us twice.', want: 'dispute' },
  { id: 'ic4', k: 'hs', m: 'I will file a chargeback with my bank tomorrow if the double charge is not reversed.', want: 'dispute' },
  // ---- LEGAL_MONEY extension
  { id: 'lm1', k: 'duty', m: "If the €449 isn't back in my account by Friday I'm taking you to small claims court.", want: 'refunds?' },
  { id: 'lm2', k: 'duty', m: "I haven't seen a penny back. My solicitor will hear about this.", want: 'refunds?' },
  { id: 'lm3', k: 'duty', m: 'Wenn das Geld nicht bis Freitag auf meinem Konto ist, schalte ich einen Anwalt ein.', want: 'refunds?' },
  { id: 'lm4', k: 'duty', m: "I've been locked out for a week and can't get back into my account. If this isn't fixed I'm going to consumer protection.", want: null },
  { id: 'lm5', k: 'duty', m: "Still can't log back in to my account after the password reset. I will report this to the data protection authority.", want: null },
  { id: 'lm6', k: 'duty', m: 'Your courier sent my parcel back to my old address and nobody will re-send it. I will talk to a lawyer about this.', want: null },
  { id: 'lm7', k: 'duty', m: 'My warranty claim for the Pace 5 was rejected. If I do not get it repaired or the money back on my card, I will go to the consumer protection office.', want: 'refunds?' },
  { id: 'lm8', k: 'duty', m: 'If my data is not back to normal in my account (you merged it with someone else) I will complain to the data protection authority.', want: null },
  // ---- returnTurnedDown (refund refused for a returned item)
  { id: 'rt1', k: 'duty', m: "I returned the boots and you refunded them, but you refused to refund the €4,95 shipping. I'll take this to consumer protection.", want: 'refunds?' },
  { id: 'rt2', k: 'duty', m: 'I returned the first tent fine. But you charged me twice for it and refused to refund the second €312 charge. My lawyer is copied.', want: 'refunds?' },
  { id: 'rt3', k: 'duty', m: "The warehouse rejected my refund because the jacket I returned had a tag cut off. I'm going to small claims.", want: 'returns?' },
  { id: 'rt4', k: 'duty', m: 'We sent them back within 30 days and you still denied the refund. Consumer protection will hear about this.', want: 'returns?' },
  // ---- German security: order never placed, told at length
  { id: 'de2', k: 'hs', m: 'Es gibt eine Bestellung NW-663018 für zwei Pace 5 Uhren an eine Adresse in Köln, die ich nicht gemacht habe!', want: 'security' },
  { id: 'de3', k: 'hs', m: 'In meiner Bestellung NW-552301 über 129,90 € war zusätzlich eine Stirnlampe, die ich nicht bestellt habe. Soll ich sie zurückschicken?', want: null },
  { id: 'de4', k: 'hs', m: 'Die Bestellung NW-441209 kam heute, aber mit einer Jacke in Größe M, die ich nicht bestellt habe.', want: null },
  { id: 'de5', k: 'hs', m: 'Meine Bestellung über 89,90 € habe ich letzte Woche aufgegeben, die ich nicht mehr brauche. Kann ich stornieren?', want: null },
  { id: 'de6', k: 'hs', m: 'El pedido NW-220931 que no hice a tiempo, ¿puedo rehacerlo?', want: null },
  // ---- REFUND_TOPIC: German "Euro zurückbekommen" (rule refund-over-200)
  { id: 'rz1', k: 'rule', turns: ['Ich habe das Summit Pro 2 Zelt zurückgeschickt.', 'Wann bekomme ich meine dreihundertneunzehn Euro zurück?'], want: 'rule' },
  { id: 'rz2', k: 'rule', turns: ['Ich habe die Stirnlampe zurückgeschickt.', 'Wann ich meine zweihundert Euro zurückbekomme, möchte ich wissen.'], want: null },
  { id: 'rz3', k: 'rule', turns: ['Ich habe für das Zelt 289 Euro bezahlt und nur den Beutel zurückgeschickt.', 'Ich möchte nur die 19 Euro zurückbekommen.'], want: null },
  { id: 'rz4', k: 'rule', turns: ['Hallo', 'Ich habe 2 Jacken für je 169 Euro zurückgeschickt und möchte die 338 Euro zurückhaben.'], want: 'rule' },
  { id: 'rz5', k: 'rule', turns: ['Hallo', 'Kann ich die 249 Euro zurückbekommen, wenn ich das Zelt im Laden in Berlin zurückgebe?'], want: 'rule' },
  { id: 'rz6', k: 'rule', turns: ['Hallo', 'Beim Kauf im Laden habe ich 250 Euro bezahlt und 30 Euro Wechselgeld zurückbekommen, passt das zur Rechnung?'], want: null },
  // ---- MONEY_ARRIVES: "the € 249,- … will be coming back to me"
  { id: 'ma1', k: 'rule', turns: ['My return says delivered to your warehouse.', 'So the €289 for the Ridgeline 3P is coming back to me this week?'], want: 'rule' },
  { id: 'ma2', k: 'rule', turns: ['My return says delivered to your warehouse.', 'So the $349.00 will be paid back to my Amex?'], want: 'rule' },
  { id: 'ma3', k: 'rule', turns: ['I returned the headlamp.', 'So the €49 for the Lumen 400 will be coming back to me?'], want: null },
  { id: 'ma4', k: 'rule', turns: ['I paid €289 for the tent.', 'The €289 tent is going back to you tomorrow, too small. How do I print the label?'], want: null },
  { id: 'ma5', k: 'chase', m: 'The €29,95 for the strap is going back with the courier today in the same box as the watch.', want: false },
  { id: 'ma6', k: 'rule', turns: ['I returned the Lumen 900R.', 'the € 89,- for the headlamp should be coming back to me soon, right?'], want: null },
  { id: 'ma7', k: 'rule', turns: ['I returned the tent last week.', 'Our € 319,- should be coming back to us by now, no?'], want: 'rule' },
  { id: 'ma8', k: 'rule', turns: ['Hola, devolví la tienda Summit Pro 2.', '¿Cuándo me devolvéis los 329 €?'], want: 'rule' },
  // ---- BEFORE: "€ 249,-"
  { id: 'am1', k: 'amt', m: 'Ich habe € 249,- für das Zelt bezahlt und will es zurückgeben.', want: ['€ 249,-'] },
  { id: 'am2', k: 'amt', m: 'Die Jacke hat €169,- gekostet.', want: ['€169,-'] },
  { id: 'am3', k: 'amt', m: 'I paid €249 - the tent is too small.', want: ['€249'] },
  { id: 'am4', k: 'amt', m: 'Preis: € 39,95 pro Stück, 2 Stück.', want: ['€ 39,95'] },
  { id: 'am5', k: 'amt', m: 'Das waren € 20,-/Monat bei Klarna.', want: ['€ 20,-'] },
  // ---- SHORT_OR_UNSEEN: refund came back short
  { id: 'sh1', k: 'chase', m: 'my refund came through €10 short, the shipping was not included', want: true },
  { id: 'sh2', k: 'chase', m: 'The refund that arrived is less than what I paid for the jacket.', want: true },
  { id: 'sh3', k: 'chase', m: 'Is the refund window really that short? I was hiking for 5 weeks.', want: false },
  { id: 'sh4', k: 'chase', m: 'the refund period is short for a tent you can only test on a trip, can I still return it after 35 days?', want: false },
  { id: 'sh5', k: 'team', from: 'orders', m: 'the refund window is far too short for a tent, can I still return mine after 33 days?', want: 'orders' },
  // ---- WHEN_OR_HOW (VIP: only asks for someone)
  { id: 'wh1', k: 'rule', tier: 'vip', unknown: true, turns: ['hi', 'Can someone call me? Quick word, urgent.'], want: null },
  { id: 'wh2', k: 'rule', tier: 'vip', unknown: true, turns: ['hi', 'Can someone hold the Lumen 900R for me at the Berlin store? Urgent.'], want: 'rule' },
  // ---- PRIVACY → PRE_SALES: a spec asked in the data team's words
  { id: 'pv1', k: 'team', from: 'privacy', m: 'does the trailsense track sleep?', want: 'sales' },
  { id: 'pv2', k: 'team', from: 'privacy', m: 'Does the Pace 5 track my location all the time, and can your staff see where I run?', want: 'privacy' },
  { id: 'pv3', k: 'team', from: 'privacy', m: 'Does the Northwind Trail app record my heart rate, and who gets to see it?', want: 'privacy' },
  { id: 'pv4', k: 'team', from: 'privacy', m: 'I want my account and all my tracks deleted. Does the pace 5 keep a copy of the routes?', want: 'privacy' },
  // ---- CAPABILITY: measure / track
  { id: 'cap1', k: 'product', m: 'does the pace 5 measure blood oxygen at altitude?', want: true },
  { id: 'cap2', k: 'product', m: 'Does the Trailsense track elevation gain?', want: true },
  { id: 'cap3', k: 'product', m: 'why does my pace 5 measure my heart rate at 190 while walking? it is clearly wrong', want: false },
  { id: 'cap4', k: 'product', m: 'Since yesterday the watch does not count steps any more, does it track steps only with the app open?', want: false },
  { id: 'cap5', k: 'team', from: 'technical', m: 'why does the pace 5 measure my heart rate at 190 when I am just walking? it is clearly wrong', want: 'technical' },
  // ---- Services → sales (engrave, rent, gift list, catalogue, store stock)
  { id: 'sv1', k: 'team', from: 'orders', m: 'Do you have a wedding registry? We would love guests to buy us gear.', want: 'sales' },
  { id: 'sv2', k: 'team', from: 'orders', m: 'Can I rent a tent for a weekend instead of buying?', want: 'sales' },
  { id: 'sv3', k: 'team', from: 'orders', m: 'Is the Lumen 900R in stock at your Portland store?', want: 'sales' },
  { id: 'sv4', k: 'team', from: 'orders', m: "I'm staying at a holiday rental in Bavaria next week. Can you deliver my parcel there instead of my home address?", want: 'orders' },
  { id: 'sv5', k: 'team', from: 'orders', m: "The personalised gift note was missing from my parcel, my mum didn't know who it was from.", want: 'orders' },
  { id: 'sv6', k: 'team', from: 'orders', m: 'I got the Stormshell from my sister\'s wedding list, can I exchange it for a size L?', want: 'orders' },
  { id: 'sv7', k: 'team', from: 'technical', m: 'the brochure in the box says the pace 5 is waterproof to 50 m but mine fogged up after swimming', want: 'technical' },
  { id: 'sv8', k: 'team', from: 'orders', m: 'Please stop sending me the paper catalogue, I never asked for it.', want: 'orders' },
  { id: 'sv9', k: 'team', from: 'orders', m: 'Please cancel my order, I wanted the watch engraved and you said you can\'t do that.', want: 'orders' },
  { id: 'sv10', k: 'team', from: 'billing', m: 'Do you do engraving on the Pace 5? It would be a gift for my dad.', want: 'sales' },
  { id: 'sv11', k: 'team', from: 'orders', m: '¿Tenéis catálogo en papel? Me gustaría recibirlo en casa.', want: 'sales' },
  { id: 'sv12', k: 'team', from: 'orders', m: 'The rental car place accepted my parcel but it got lost there. Where is my order now?', want: 'orders' },
  // ---- SERVICE_ASK (German/Spanish) and from sales
  { id: 'sa1', k: 'team', from: 'sales', m: 'Habt ihr einen Reparaturservice für Zeltstangen?', want: 'technical' },
  { id: 'sa2', k: 'team', from: 'sales', m: '¿Tenéis servicio de reparación para la Summit Pro 2?', want: 'technical' },
  { id: 'sa3', k: 'team', from: 'sales', m: 'Do you sell repair kits for the Ridgeline 3P? One of the poles has a crack.', want: 'sales' },
  { id: 'sa4', k: 'team', from: 'sales', m: 'Do you sell a re-proofing spray for the Stormshell?', want: 'sales' },
  { id: 'sa5', k: 'team', from: 'sales', m: 'Verkauft ihr ein Spray zum Nachimprägnieren der Stormshell-Jacke?', want: 'sales' },
  { id: 'sa6', k: 'team', from: 'sales', m: 'Can you offer a re-proofing service for my old Stormshell?', want: 'technical' },
  { id: 'sa7', k: 'team', from: 'sales', m: 'Do you have a repair patch I can buy for the tent floor?', want: 'sales' },
  // ---- DEAL: "a good deal less than on your site"
  { id: 'dl1', k: 'deal', m: 'REI has the Stormshell for $189, a lot less than on your site. Can you match it?', want: true },
  { id: 'dl2', k: 'deal', m: 'Bergzeit sells the Pace 5 for a bit cheaper than yours.', want: true },
  { id: 'dl3', k: 'team', from: 'billing', m: 'My refund of €89 is a lot less than your email promised. Where is the rest?', want: 'billing' },
  { id: 'dl4', k: 'team', from: 'billing', m: 'The amount on my card is lower than your invoice says, did the discount code apply twice?', want: 'billing' },
  { id: 'dl5', k: 'deal', m: 'Does the Ridgeline 3P weigh less than your Summit Pro 2?', want: false },
  { id: 'dl6', k: 'team', from: 'billing', m: 'I was charged €12 shipping, which is more than your site says. The refund I got later was less than your confirmation showed too.', want: 'billing' },
  // ---- learnedDuty: order never placed / fake text paid
  { id: 'lf1', k: 'ld', m: "There's an order NW-449203 on my account I never placed and €189 went off my Visa.", want: 'fraud\\w*' },
  { id: 'lf2', k: 'ld', m: 'Got an SMS about a customs fee, paid 1,99 with my card before I realised.', want: 'fraud\\w*' },
  { id: 'lf3', k: 'ld', m: 'the VoltPack I bought with my card swelled up and burned my hand', want: 'safety' },
  { id: 'lf4', k: 'ld', m: "I never made it to the Berlin store, but I paid for click and collect. Will you refund it or should I call my lawyer?", want: null },
  { id: 'lf5', k: 'ld', m: 'The e-mail said the parcel was delivered and paid, but I never got it. I will take you to court over the €289.', want: null },
  // ---- products kept in German compounds
  { id: 'pr1', k: 'facts', pick: 'tormshell', m: 'Bietet ihr einen Imprägnierservice für die Stormshell-Jacke an?', want: ['Stormshell-Jacke'] },
  { id: 'pr2', k: 'facts', pick: 'umen', m: 'Meine Lumen 900R-Stirnlampe flackert.', want: ['Lumen 900R-Stirnlampe'] },
  { id: 'pr4', k: 'facts', pick: 'ace', m: 'easy runs on the Pace 5-6 min/km zone, does the watch show it?', want: [] },
  // ---- German spelt-out counts (8731ac4 lookahead)
  { id: 'ct1', k: 'counts', m: 'Ich brauche drei Stirnlampen für die Kinder', want: ['drei Stirnlampen'] },
  { id: 'ct2', k: 'counts', m: 'Wir haben um acht Uhr bestellt und zehn Euro Versand bezahlt', want: [] },
  { id: 'ct3', k: 'counts', m: 'Ich hätte gern zwei getrennte Rechnungen', want: ['zwei getrennte Rechnungen'] },
  { id: 'ct4', k: 'counts', m: 'seit zwei Wochen warte ich auf vier Pakete', want: ['vier Pakete'] },
  // ---- review 3 additions: more look-alikes and language equivalents
  { id: 'x1', k: 'team', from: 'orders', m: '¿Podéis grabar un nombre en el reloj Pace 5? Es un regalo.', want: 'sales' },
  { id: 'x2', k: 'team', from: 'orders', m: 'Kann man bei euch Zelte mieten, statt sie zu kaufen?', want: 'sales' },
  { id: 'x3', k: 'team', from: 'orders', m: 'Habt ihr einen gedruckten Katalog, den ihr mir schicken könnt?', want: 'sales' },
  { id: 'x4', k: 'team', from: 'orders', m: 'Do you do gear rentals at the Portland store?', want: 'sales' },
  { id: 'x5', k: 'team', from: 'orders', m: 'Vivo en un piso de alquiler, ¿podéis dejar el paquete al portero?', want: 'orders' },
  { id: 'x6', k: 'team', from: 'orders', m: 'Is the Stormshell in size M available at your Berlin store? I would pick it up today.', want: 'sales' },
  { id: 'x7', k: 'fr', m: 'The technician found nothing wrong and it works fine now, great service!', want: false },
  { id: 'x8', k: 'fr', m: 'Great to be doing it again for the fourth time this year, your couriers are hopeless.', want: true },
  { id: 'x9', k: 'hs', m: "I won't file a chargeback, I just want to know when the refund comes.", want: null },
  { id: 'x10', k: 'hs', m: 'Our company does internal chargebacks between departments, and I already filed a chargeback with our bank for the double charge.', want: 'dispute' },
  { id: 'x11', k: 'duty', m: 'If my money is not back on my card by Monday, I will see you in court.', want: 'refunds?' },
  { id: 'x12', k: 'duty', m: "You refused my refund because the boots I returned were 'worn'. I've spoken to a lawyer.", want: 'returns?' },
  { id: 'x13', k: 'hs', m: 'Ich sehe eine Bestellung vom 3.4.2025 über 129,00 €, die ich nicht getätigt habe.', want: 'security' },
  { id: 'x14', k: 'deal', m: 'The Pace 5 is €30 cheaper than on your website at Bergfreunde, can you match it?', want: true },
  { id: 'x15', k: 'ld', m: 'I never placed order NW-882910 but my Visa shows €249 to you.', want: 'fraud\\w*' },
  { id: 'x16', k: 'team', from: 'sales', m: 'Do you offer a repair service for broken tent poles?', want: 'technical' },
  { id: 'x17', k: 'facts', pick: '900R', m: 'Meine Lumen 900R-Stirnlampe flackert seit gestern.', want: ['Lumen 900R-Stirnlampe'] },
  { id: 'x18', k: 'facts', pick: 'B', m: 'Die Fallnummer ist 7741-B, bitte prüfen.', want: ['7741-B'] },
  { id: 'x19', k: 'chase', m: 'The refund is less than I paid: €89 instead of €129.', want: true },
  { id: 'x20', k: 'product', m: 'does the pace 5 track sleep, or only steps?', want: true },
  { id: 'x21', k: 'team', from: 'billing', m: 'Not a gift card: I meant a proper registry, a list of items our guests could pick from.', want: 'sales' },
  { id: 'x22', k: 'team', from: 'sales', m: 'My Stormshell lost its water repellency. Before I buy a new one, do you offer a re-proofing service?', want: 'technical' },
  { id: 'x23', k: 'ld', m: 'there is a return on my account that i never made, and the refund went to a paypal account i do not recognise', want: 'fraud\\w*' },
  { id: 'x24', k: 'team', from: 'technical', m: 'do you sell spare poles or a repair kit for the summit pro 2?', want: 'sales' },

];

function read(p: Probe): unknown {
  const m = p.m ?? '';
  switch (p.k) {
    case 'fr': return scoreFrustration(m, [], true, shop).strongest >= 1;
    case 'hs': return findHighStakes(m)?.kind ?? null;
    case 'duty': return detectHighStakes(m, 1)?.skillDuty ?? null;
    case 'ld': return learnedDuty(normalise(m)) ?? null;
    case 'team': return correctTeam(site, p.from as string, { topical: m, conversation: m, current: m });
    case 'rule': return runRules(p.turns as string[], { tier: p.tier as string | undefined, ...(p.unknown ? { answer: unknownReply } : {}) })?.trigger ?? null;
    case 'amt': return refundAmount(m).amounts.map((a) => a.raw);
    case 'facts': return extractFacts(m, content).map((f) => f.value).filter((v) => v.includes(p.pick as string));
    case 'counts': return findCounts(m).map((c) => c.value);
    case 'chase': return chasesRefundMoney(m);
    case 'product': return asksAboutProduct(m);
    case 'deal': return asksForDeal(m);
  }
  throw new Error(`unknown reading ${p.k}`);
}

const GROUPS: Array<[string, string]> = [
  ['chore', 'a chore done again is sarcasm, a trip looked forward to is not'],
  ['nm', '"never mind", "over nothing", "nothing wrong" are no let-down, unless the trouble is still there'],
  ['bank', 'a bank asked to reverse a charge, not its own fee or block'],
  ['nd', 'a dispute renounced, not one put off or already filed'],
  ['ic', 'internal chargebacks, not beside a real one'],
  ['lm', 'a legal threat over money not back is the money team\'s; a login is not money'],
  ['rt', 'a refund refused for a returned item is the orders team\'s; a part of the money refused is billing\'s'],
  ['de', 'an order never placed, told at length in German; not an item never ordered'],
  ['rz', '"Euro zurückbekommen" claims a refund, over 200 only'],
  ['ma', '"the € 249,- … coming back to me" chases a refund'],
  ['am', '"€ 249,-" kept as typed'],
  ['sh', 'a refund come back short, not a short refund window'],
  ['wh', 'a VIP asking only for someone, "quick word, urgent"'],
  ['pv', 'a spec in the data team\'s words, not data asked after'],
  ['cap', 'what a watch measures, not one that measures wrongly'],
  ['sv', 'services the shop may not offer, not an order gone wrong'],
  ['sa', 'a repair or re-proofing service, not a kit or spray to buy'],
  ['dl', '"less than on your site", not "less than your email promised"'],
  ['lf', 'the learned reading of an order never placed or a fake fee paid'],
  ['pr', 'German compounds keep their product'],
  ['ct', 'German counts spelt out'],
  ['x', 'more look-alikes and Spanish and German words'],
];

for (const [prefix, title] of GROUPS) {
  const rows = PROBES.filter((p) => new RegExp(`^${prefix}\\d`).test(p.id));
  describe(`review 3: ${title}`, () => {
    it.each(rows.map((p) => [p.id, p.m ?? (p.turns as string[]).join(' / '), p] as const))('%s: %j', (_id, _m, p) => expect(read(p)).toEqual(p.want));
  });
}

it('every probe is in a group', () => expect(PROBES.filter((p) => !GROUPS.some(([g]) => new RegExp(`^${g}\\d`).test(p.id)))).toEqual([]));
