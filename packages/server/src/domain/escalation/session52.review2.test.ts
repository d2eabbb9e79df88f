/**
 * Second review of session 52: 175 probe conversations written for the review (look-alikes of each pattern the session
 * added, and a few it should catch), each with its expected reading by the detector the pattern belongs to: the refund
 * rule ("rule"/"none"), the split-invoice ask, the place's country, frustration, high stakes, a request for a person, the
 * money team for a security case, a substantive Spanish or German message, or the team after corrections (from the team
 * named). The ids group them: sum (a currency said once after a sum), ret (the items a return names, counts before a
 * price), inv, plc, fru/fru2 (a thing unfit for a use, money gone), hoop, tak (praise then a question), thu (👍), hs (in
 * theory), nd (disputes renounced), res (a scare dealt with), ng (not the gear's fault), req (a person put off), mm (money
 * moved), ps (pre-sales), mb/mb2 (missing from the box), lang.
 */
import { describe, expect, it } from 'vitest';
import { detectHighStakes, detectLearnedHighStakes } from './highStakes.js';
import { detectExplicitRequest } from './explicitRequest.js';
import { scoreFrustration } from './frustration.js';
import { detectLanguage } from './language.js';
import { correctTeam } from './teamCorrections.js';
import { runRules as run, teamsSite } from './testContext.js';
import { asksToSplit } from '../bot/narrowAsks.js';
import { findPlaces } from '../bot/places.js';
import { normalise } from '../bot/text.js';
import { highStakesModel, personRequestModel } from '../../site/botModels.js';

const withTech = { ...teamsSite, skills: [...teamsSite.skills, { id: 'technical', name: 'technical', description: 'Product troubleshooting and product safety, GPS watches, headlamps and batteries, account login.', examples: [] }] };
const highStakes = (m: string) => detectHighStakes(m, 1) ?? detectLearnedHighStakes(m, 1, highStakesModel);

/** The reading of the detector a probe's group is about. */
function reading(group: string, turns: string[], tier: string, from: string): string {
  const last = turns[turns.length - 1]!;
  switch (group) {
    case 'sum':
    case 'ret':
      return run(turns, { tier, answer: { kind: 'unknown', text: '?' } })?.trigger === 'rule' ? 'rule' : 'none';
    case 'inv':
      return asksToSplit(normalise(last)) ? 'split' : 'no split';
    case 'plc':
      return findPlaces(last).map((p) => p.region[0])[0] ?? 'none';
    case 'fru':
    case 'fru2':
    case 'hoop':
    case 'tak':
    case 'thu':
      return scoreFrustration(last, [], true, 'Northwind Gear').strongest >= 1 ? 'frustration' : 'none';
    case 'hs':
    case 'nd':
    case 'res':
    case 'ng':
      return highStakes(last) ? 'high_stakes' : 'none';
    case 'req':
      return highStakes(last) ? 'high_stakes' : detectExplicitRequest(last, 1, personRequestModel) ? 'explicit_request' : 'none';
    case 'mm': {
      const r = highStakes(last);
      return !r ? 'none' : r.skillDuty === 'fraud\\w*' ? 'billing' : 'technical';
    }
    case 'lang': {
      const l = detectLanguage(last);
      return l.language !== 'en' && l.substantive ? 'language' : 'none';
    }
    default: {
      const all = turns.join(' ');
      return correctTeam(withTech, from, { topical: all, conversation: all, current: last });
    }
  }
}

type Probe = [id: string, turns: string[], tier: string, from: string, expected: string];

const PROBES: Probe[] = [
  ["sum-001", ["I returned two items from NW-445120, 150 + 75 EUR. When will the refund arrive?"], "standard", "", "rule"],
  ["sum-002", ["Sent back a jacket and a headlamp, 129 and 99 euros. Where's my refund?"], "standard", "", "rule"],
  ["sum-003", ["returned my Lumen 400 and 120 EUR of jacket, order NW-330112, when is the refund coming?"], "standard", "", "none"],
  ["sum-004", ["I sent back the Pace 5 and 199 EUR is what I expect back. When will the refund show?"], "standard", "", "none"],
  ["sum-005", ["Returned the Summit Pro 2 and 180 EUR is still not refunded, NW-553301"], "standard", "", "none"],
  ["sum-006", ["Returned size 42 and 150 EUR refund still missing, order NW-220019"], "standard", "", "none"],
  ["sum-007", ["I returned 3 and 150 EUR came back, but the fourth jacket refund is missing"], "standard", "", "none"],
  ["sum-008", ["Lumen 900 and 95 € refund for the returned strap, when?"], "standard", "", "none"],
  ["sum-009", ["Devolví la chaqueta y la linterna, 150 y 75 EUR. ¿Cuándo llega el reembolso?"], "standard", "", "rule"],
  ["sum-010", ["Ich habe zwei Sachen zurückgeschickt, 150 und 75 EUR. Wann kommt die Rückerstattung?"], "standard", "", "rule"],
  ["sum-011", ["The refund for my return was between 150 and 190 EUR they said, when does it come?"], "standard", "", "none"],
  ["sum-012", ["returned the VoltPack 20000 and 45 EUR cable, where is my refund?"], "standard", "", "none"],
  ["ret-013", ["I'm returning the Pace 5 charging cable (€45), when will I get my refund?"], "standard", "", "none"],
  ["ret-014", ["Returning my Summit Pro 2 footprint ($79), how long for the refund?"], "standard", "", "none"],
  ["ret-015", ["I sent back the two kids' rain jackets ($64.50 each) and a headlamp ($89), keeping the tent. When's my refund?"], "standard", "", "rule"],
  ["ret-016", ["Sent back 2 Stormshell jackets: €119 each. Refund please, NW-118822"], "standard", "", "rule"],
  ["ret-017", ["I ordered a Ridgeline 3P (€329) and a Lumen 400 (€39.95) on NW-771203.", "only the Lumen 400 goes back, when do I get the refund?"], "standard", "", "none"],
  ["ret-018", ["I ordered a Ridgeline 3P (€329) and a Lumen 400 (€39.95) on NW-771203.", "only the Ridgeline goes back, when do I get the refund?"], "standard", "", "rule"],
  ["ret-019", ["I ordered a Ridgeline 3P (€329) and a Lumen 400 (€39.95) on NW-771203.", "keeping the Ridgeline, sending the rest back. When is my refund?"], "standard", "", "none"],
  ["ret-020", ["I ordered a Ridgeline 3P (€329) and a Lumen 400 (€39.95) on NW-771203.", "I'm sending both back, keep me posted on the refund please"], "standard", "", "rule"],
  ["ret-021", ["Order NW-661020 had a Stormshell jacket (€189) and Stormshell trousers (€129).", "I returned both, keep the Stormshell newsletter coming lol, where is my refund?"], "standard", "", "rule"],
  ["ret-022", ["The one I'm returning was two hundred forty-nine dollars. How soon would that be back on my Amex?"], "standard", "", "rule"],
  ["ret-023", ["The one I'm returning was $49. How soon would that be back on my Amex?"], "standard", "", "none"],
  ["ret-026", ["no me ha llegado el pedido NW-558812 todavía, ¿dónde está?"], "standard", "", "none"],
  ["ret-027", ["Returned the 6 headlamps at €39,95 each, where's the refund?"], "standard", "", "rule"],
  ["ret-028", ["I returned one of the 6 headlamps at €39,95 each, where's the refund?"], "standard", "", "none"],
  ["inv-029", ["Können Sie die Rechnung für NW-440210 auf zwei Firmen aufteilen? zwei getrennte Rechnungen bitte"], "standard", "", "split"],
  ["inv-030", ["Ich habe zwei Rechnungen für eine Bestellung bekommen, wurde ich doppelt belastet? NW-440211"], "standard", "", "no split"],
  ["inv-031", ["¿Podéis dividir la factura del pedido NW-440212 en dos facturas?"], "standard", "", "split"],
  ["inv-032", ["Me llegaron dos facturas para mis dos pedidos NW-440213 y NW-440214, ¿es normal?"], "standard", "", "no split"],
  ["inv-033", ["Can I get 2 invoices for my 2 orders? NW-440215 and NW-440216"], "standard", "", "no split"],
  ["inv-034", ["can you split the invoice for NW-440217 between me and my friend? two separate invoices please"], "standard", "", "split"],
  ["inv-035", ["can you split the invoice for NW-440218 between me and my friend? two separate invoices please"], "vip", "", "split"],
  ["plc-036", ["¿Hacéis envíos a Marsella? ¿Cuánto tarda?"], "standard", "", "france"],
  ["plc-037", ["Liefert ihr nach Mailand? Wie lange dauert der Versand?"], "standard", "", "italy"],
  ["plc-038", ["Do you ship to Oporto? how long would it take?"], "standard", "", "portugal"],
  ["plc-039", ["How long does shipping to Prag take from Leipzig?"], "standard", "", "czechia"],
  ["fru-040", ["how do I pair my Pace 5 with my phone?", "GPS altitude is useless for that. Does the Pace 5 have a barometer?"], "standard", "", "none"],
  ["fru-041", ["how do I pair my Pace 5 with my phone?", "The app's map is useless in the forest without signal. Can I download offline maps?"], "standard", "", "none"],
  ["fru-042", ["how do I pair my Pace 5 with my phone?", "Completely useless at answering anything. I asked about pairing three times."], "standard", "", "frustration"],
  ["fru-043", ["how do I pair my Pace 5 with my phone?", "useless for anything beyond copy-pasting articles. I already did all that."], "standard", "", "frustration"],
  ["fru-044", ["how do I pair my Pace 5 with my phone?", "This chat is useless for actual problems."], "standard", "", "frustration"],
  ["fru-045", ["how do I pair my Pace 5 with my phone?", "Honestly useless when it matters. Pairing still fails after all your steps."], "standard", "", "frustration"],
  ["fru-046", ["my headlamp's red mode is useless above 2000m in fog, is there a brighter lamp for that?"], "standard", "", "none"],
  ["fru-047", ["how long does a refund take after you receive my return?", "Wow, great, so my money is just gone. Fantastic service."], "standard", "", "frustration"],
  ["fru-048", ["how long does a refund take after you receive my return?", "Great, the money has gone from my card as a hold, got it. How long does the hold last?"], "standard", "", "none"],
  ["fru-049", ["how long does a refund take after you receive my return?", "Perfect, my money is gone and nobody answers emails. Brilliant."], "standard", "", "frustration"],
  ["hoop-050", ["how long does a refund take after you receive my return?", "Oh perfect, another form. Just perfect. Exactly what I needed."], "standard", "", "frustration"],
  ["hoop-051", ["The Ridgeline arrived today. Just perfect, exactly what we needed for the trip. How do I seam-seal it?"], "standard", "", "none"],
  ["hoop-052", ["just perfect, exactly what I wanted! Now where do I register the warranty?"], "standard", "", "none"],
  ["hoop-054", ["how long does a refund take after you receive my return?", "oh great, another wait. two weeks already."], "standard", "", "frustration"],
  ["hoop-055", ["Oh wow, great, another Stormshell colour in stock! Is the olive one available in M?"], "standard", "", "none"],
  ["hoop-056", ["how long does a refund take after you receive my return?", "Ah great, another email with a survey. Anyway, when does the refund land?"], "standard", "", "frustration"],
  ["tak-057", ["how long do I have to return a gift?", "Lovely. If it's the wrong size, how long has she got to swap it?"], "standard", "", "none"],
  ["tak-058", ["what are the Berlin store hours?", "Great. And you're open Sundays too, right?"], "standard", "", "none"],
  ["tak-059", ["how long does a refund take after you receive my return?", "Great. And now what am I supposed to do?"], "standard", "", "frustration"],
  ["tak-061", ["how long does a refund take after you receive my return?", "Brilliant. Who do I complain to when it never arrives?"], "standard", "", "frustration"],
  ["tak-064", ["what's the return window?", "Perfect. Do I need the original box?"], "standard", "", "none"],
  ["tak-065", ["how do I use a discount code?", "Great. Can I use two codes on one order?"], "standard", "", "none"],
  ["tak-066", ["wie lange dauert der Versand nach Wien?", "Perfekt. Und kann ich mit PayPal zahlen?"], "standard", "", "none"],
  ["tak-067", ["how long does a refund take after you receive my return?", "Great. What's the point of your warranty if nothing gets fixed?"], "standard", "", "frustration"],
  ["thu-068", ["how long does a refund take after you receive my return?", "so basically my present is just gone for two months. amazing system 👍"], "standard", "", "frustration"],
  ["thu-069", ["Great service 👍 didn't expect the refund so quickly. How do I use my Trailpoints?"], "standard", "", "none"],
  ["thu-070", ["Excellent service 👍 can't believe how quick the exchange was. Do you sell spare stakes?"], "standard", "", "none"],
  ["thu-071", ["Great job 👍 basically the tent arrived in 2 days. Does it come with a footprint?"], "standard", "", "none"],
  ["thu-073", ["how long does a refund take after you receive my return?", "great system 👍 refund lost somewhere and nobody knows where"], "standard", "", "frustration"],
  ["thu-074", ["how long does a refund take after you receive my return?", "top notch service 👍 my order is stuck in Leipzig for 3 weeks"], "standard", "", "frustration"],
  ["hs-076", ["What happens to my account if I do a chargeback by mistake? just asking hypothetically"], "standard", "", "none"],
  ["hs-077", ["How do I complain to a data protection authority? I'm writing an essay on GDPR for my course"], "standard", "", "none"],
  ["hs-078", ["In theory you have 14 days to refund me. It's been 30. My lawyer is drafting a letter."], "standard", "", "high_stakes"],
  ["hs-079", ["Theoretically the warranty covers this. If you don't fix my Pace 5 I'm taking you to small claims court."], "standard", "", "high_stakes"],
  ["hs-080", ["In theory I could open a PayPal dispute right now. Refund NW-339910 by Friday or I will."], "standard", "", "high_stakes"],
  ["hs-081", ["For my thesis on e-commerce: how often do customers file chargebacks with you?"], "standard", "", "none"],
  ["hs-082", ["I'm not asking hypothetically. Refund the €260 or I'm filing a chargeback today."], "standard", "", "high_stakes"],
  ["hs-083", ["Hypothetically, if I open a PayPal dispute, do I still need to send the tent back?"], "standard", "", "none"],
  ["hs-084", ["My solicitor says in theory I'm entitled to a full refund for the Ridgeline, and she's sending you a letter before action."], "standard", "", "high_stakes"],
  ["nd-085", ["I won't file a chargeback, don't worry, I just want to know when my refund for the returned jacket arrives"], "standard", "", "none"],
  ["nd-086", ["We won't open a PayPal dispute, we just want to know when the refund for NW-220190 arrives"], "standard", "", "none"],
  ["nd-087", ["I won't make this mistake twice. Opening a PayPal dispute now for NW-220191."], "standard", "", "high_stakes"],
  ["nd-088", ["I won't do business with you again. Disputing the charge with my bank today."], "standard", "", "high_stakes"],
  ["nd-089", ["I won't go quietly. The chargeback for NW-220192 goes in tomorrow."], "standard", "", "high_stakes"],
  ["nd-090", ["I wouldn't open a dispute normally but the €180 refund never came so I've asked my bank to reverse the charge."], "standard", "", "high_stakes"],
  ["nd-091", ["I would never do a chargeback on a small shop like yours, just tell me when the refund comes please"], "standard", "", "none"],
  ["nd-092", ["I won't escalate this with PayPal yet, but I need the refund for NW-220193 this week."], "standard", "", "none"],
  ["res-093", ["The power bank was smoking a bit last month but you already replaced it, thanks. Now how do I return the old cable?"], "standard", "", "none"],
  ["res-094", ["Last month I returned a jacket and you refunded it fine. Now my VoltPack 20000 is swelling and smells weird."], "standard", "", "high_stakes"],
  ["res-095", ["A few weeks ago you replaced my Lumen 900R. Today the replacement got so hot it burned my hand."], "standard", "", "high_stakes"],
  ["res-096", ["Last year my old headlamp was refunded, no problem. This morning my new VoltPack started hissing on the charger!"], "standard", "", "high_stakes"],
  ["res-097", ["Back in March the watch strap was exchanged, all good. Now the Pace 5 battery is bulging and the screen is lifting."], "standard", "", "high_stakes"],
  ["res-098", ["My VoltPack overheated back in May but it was replaced, all good. Does the new one need a special charger?"], "standard", "", "none"],
  ["res-099", ["The headlamp burned my son's forehead last summer, you refunded it. I'm still upset, is the Lumen 400 safer?"], "standard", "", "none"],
  ["ng-100", ["I broke my ankle skiing (nothing to do with your gear, I promise). Can I cancel order NW-601122?"], "standard", "", "none"],
  ["ng-101", ["I know it's not your fault, but the Lumen 900R burned my forehead when it overheated on the trail."], "standard", "", "high_stakes"],
  ["ng-103", ["I know it's not your fault, but I cut my hand badly on the tent pole when it snapped."], "standard", "", "high_stakes"],
  ["ng-105", ["Not your fault, but I sprained my wrist when the Summit Pro 2 collapsed on us in the wind."], "standard", "", "high_stakes"],
  ["req-106", ["when can I talk to a real person? no rush, not now, just want to know the hours"], "standard", "", "none"],
  ["req-107", ["Is there a human I could speak to about my tent? Not today though, maybe later this week"], "standard", "", "none"],
  ["req-108", ["I'd really like to speak with someone about the Pace 5 battery, not later, today please"], "standard", "", "explicit_request"],
  ["req-111", ["Would it be possible to speak to somebody on the phone about my order NW-771100? Not right now, tomorrow morning."], "standard", "", "explicit_request"],
  ["req-112", ["can i chat with a real human? not a bot. now."], "standard", "", "explicit_request"],
  ["req-113", ["is it possible to talk to a human at some point? not now, just curious about the hours"], "standard", "", "none"],
  ["req-114", ["give me a ring this afternoon? I'd rather talk it through than type"], "vip", "", "explicit_request"],
  ["req-115", ["Can someone call me tomorrow morning about NW-551201?"], "vip", "", "explicit_request"],
  ["mm-117", ["Someone placed an order on my account, I never placed that order! NW-880012"], "standard", "", "billing"],
  ["mm-118", ["Someone changed my password and I can't log in. I never made any order but I'm worried."], "standard", "", "technical"],
  ["mm-119", ["Ich habe meine Kartendaten auf einer gefälschten Northwind-Seite eingegeben!!"], "standard", "", "billing"],
  ["mm-120", ["Puse los datos de mi tarjeta en una página falsa que parecía la vuestra"], "standard", "", "billing"],
  ["mm-121", ["Jemand hat mein Passwort geändert, ich komme nicht mehr rein"], "standard", "", "technical"],
  ["ps-123", ["I'm torn between the Ridgeline 3P and the Summit Pro 2 for two adults and a dog, which would you recommend?"], "standard", "billing", "sales"],
  ["ps-124", ["Is the Ridgeline 3P big enough for 2 adults + 2 kids?"], "standard", "billing", "sales"],
  ["ps-125", ["Does the Stormshell run true to size? I'm between M and L."], "standard", "orders", "sales"],
  ["ps-126", ["Do you have any gift sets for hikers? Budget around 100 euros"], "standard", "orders", "sales"],
  ["ps-127", ["Welche Stirnlampe würdet ihr für Skitouren empfehlen?"], "standard", "technical", "sales"],
  ["ps-128", ["Passt die Stormshell über einen dicken Fleece?"], "standard", "orders", "sales"],
  ["ps-129", ["Which of these orders has shipped already? NW-300101 and NW-300102"], "standard", "orders", "orders"],
  ["ps-130", ["My refund for NW-300103 came in short. Which of the items is missing from it?"], "standard", "billing", "billing"],
  ["ps-131", ["The Stormshell runs small, I'd like to exchange it for an L, order NW-300104"], "standard", "orders", "orders"],
  ["ps-132", ["I followed your size chart and the jacket is still too tight, can I swap it? NW-300105"], "standard", "orders", "orders"],
  ["ps-133", ["My Ridgeline pole snapped on day 2. Warranty or return, which would you recommend?"], "standard", "orders", "orders"],
  ["ps-134", ["Which of the jackets should I send back, the one with the broken zip? NW-300106"], "standard", "orders", "orders"],
  ["ps-135", ["Is the Summit Pro 2 big enough for me at 1.95m?", "ok but is it long enough really? I need a clear answer on the length", "please, inner length in cm?"], "standard", "billing", "sales"],
  ["ps-136", ["Is the Summit Pro 2 big enough for me at 1.95m?"], "vip", "billing", "sales"],
  ["ps-137", ["the watch arrived but the app didn't pair with it, what now?"], "standard", "technical", "technical"],
  ["ps-138", ["Can the VoltPack charge my laptop?"], "standard", "billing", "sales"],
  ["ps-139", ["¿Cuál me recomendáis para hacer el Camino, la Ridgeline 3P o la Summit Pro 2?"], "standard", "orders", "sales"],
  ["ps-140", ["Does the Pace 5 measure blood oxygen? I'm thinking about buying one"], "standard", "billing", "sales"],
  ["ps-141", ["I got charged €329 for the Ridgeline, is it big enough for 3 people?"], "standard", "billing", "billing"],
  ["mb-142", ["My order NW-410022 came but the stakes didn't. What do I do?"], "standard", "technical", "orders"],
  ["mb-143", ["Tent arrived yesterday but the footprint never came, NW-410023"], "standard", "technical", "orders"],
  ["mb-144", ["The Pace 5 arrived today but the app didn't pair with it at all, E12 every time", "I've restarted everything like it said, still E12, please help"], "standard", "technical", "technical"],
  ["mb-145", ["the parcel turned up but my headlamp didn't turn on out of the box, NW-410024"], "standard", "technical", "technical"],
  ["mb-146", ["It came on time but the tracking didn't update once. Funny. Anyway, how do I wash the Stormshell?"], "standard", "technical", "technical"],
  ["lang-147", ["wie lange dauert die Rückerstattung?"], "standard", "", "language"],
  ["lang-148", ["¿Tenéis descuento para estudiantes?"], "standard", "", "language"],
  ["lang-149", ["ok und wie viel kostet Express?"], "standard", "", "language"],
  ["lang-150", ["Was kostet der Versand nach Österreich?"], "standard", "", "language"],
  ["lang-152", ["My receipt from the Berlin store says 'Rückgabe möglich bis 30 Tage', does that apply online too?"], "standard", "", "none"],
  ["lang-153", ["The email subject says 'Rückerstattung veranlasst', what does that mean for my return?"], "standard", "", "none"],
  ["lang-154", ["My bank statement says 'devolucion tarjeta' 45 EUR, is that the refund?"], "standard", "", "none"],
  ["lang-155", ["the invoice says 'Versand kostenlos' but I was charged shipping? NW-710022"], "standard", "", "none"],
  ["lang-156", ["Do you have a factura template for Spanish companies? I need one with NIF"], "standard", "", "none"],
  ["lang-157", ["how long does Versand take to Vienna?"], "standard", "", "none"],
  ["lang-158", ["Hola! How long does a refund take to my card?"], "standard", "", "none"],
  ["lang-159", ["Quick one: does the saldo on a gift card expire? Sorry, my Spanish brain. The balance, I mean."], "standard", "", "none"],
  ["lang-160", ["¿Cuánto cuesta el envío a Canarias?"], "standard", "", "language"],
  ["lang-161", ["Wieviel kostet die Lumen 400?"], "standard", "", "language"],
  ["lang-162", ["¿Puedes decirme el saldo de mi tarjeta regalo?"], "standard", "", "language"],
  ["lang-163", ["Ist eine Rückgabe im Laden in Berlin möglich?"], "standard", "", "language"],
  ["lang-164", ["Thanks, and the Rückgabe form, where do I find it?"], "standard", "", "none"],
  ["fru2-165", ["does the Ridgeline 3P come with a footprint?", "The Ridgeline arrived today. Just perfect, exactly what we needed for the trip. How do I seam-seal it?"], "standard", "", "none"],
  ["fru2-166", ["how do I register a warranty?", "just perfect, exactly what I wanted! Now where do I register the warranty?"], "standard", "", "none"],
  ["fru2-167", ["how long does a refund take after you receive my return?", "Great service 👍 didn't expect the refund so quickly. How do I use my Trailpoints?"], "standard", "", "none"],
  ["fru2-168", ["how long do exchanges take?", "Excellent service 👍 can't believe how quick the exchange was. Do you sell spare stakes?"], "standard", "", "none"],
  ["fru2-169", ["when will my tent arrive?", "Great job 👍 basically the tent arrived in 2 days. Does it come with a footprint?"], "standard", "", "none"],
  ["fru2-170", ["how do I pair my Pace 5 with my phone?", "Completely useless at answering anything. I asked about pairing three times."], "standard", "", "frustration"],
  ["fru2-171", ["how do I pair my Pace 5 with my phone?", "The altimeter is pretty useless indoors, right? Does the Pace 5 have a barometer?"], "standard", "", "none"],
  ["fru2-172", ["how long does a refund take after you receive my return?", "Great, the money has gone from my card as a pending charge, I see. How long does it stay pending?"], "standard", "", "none"],
  ["mb2-173", ["The Pace 5 arrived today but the app didn't pair with it. I want a human please."], "standard", "technical", "technical"],
  ["mb2-174", ["My order NW-410025 arrived but the tent poles didn't. I want a human please."], "standard", "technical", "orders"],
  ["mb2-175", ["The parcel came yesterday but the headlamp didn't charge at all. Can I talk to a person?"], "standard", "technical", "technical"],
  ["thu-072", ["amazing service 👍 never had a problem with you. Do you ship to Norway?"], "standard", "", "none"],
];

describe('session 52, second review: probes', () => {
  it.each(PROBES)('%s %j (%s, from %s) reads %s', (id, turns, tier, from, expected) => expect(reading(id.split('-')[0]!, turns, tier, from)).toBe(expected));
});
