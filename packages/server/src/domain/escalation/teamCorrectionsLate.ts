/**
 * Session 59 (S3)'s corrections on top of the classifier's pick of team, run last (same shape as teamCorrections.ts: the
 * teams are named by the duties their descriptions state, so a site cut differently is simply not corrected):
 * - a symptom of a device the customer has (an error code, dead, won't charge, a light blinking red, fog inside the glass,
 *   an update frozen, readings off), in the money, the orders', the pre-sales' or the data team's words: the troubleshooters',
 *   even with an order number given; not a return, a claim, a refund or a delivery asked;
 * - flying with it ("can I take the VoltPack on the plane?"), asked now and picked as pre-sales: battery safety, the
 *   troubleshooters' (not an earlier flight question before a spec one);
 * - the instalments of a pay-later plan after a return ("muss ich die nächste Rate trotzdem zahlen?"): the payments team;
 * - a credit note for a return: the invoices team;
 * - a spare part to be sent and paid for ("send me a spare cover? happy to pay"): pre-sales.
 */
import { normalise } from '../bot/text.js';
import { mentionsReturnOrClaim } from './ownedItem.js';
import { INVOICES_DUTY, PAYMENTS_DUTY, PRE_SALES_DUTY, PRIVACY_DUTY, REFUNDS_DUTY, RETURNS_DUTY, SHIPPING_DUTY, TROUBLESHOOTING_DUTY, type Correction } from './teamDuties.js';

/** A device's symptom, told in so many words (en/de/es); each kind is one alternative. */
export const DEVICE_SYMPTOM = new RegExp(
  [
    // Dead, or will not start ("completely dead", "won't turn on", "no enciende", "geht nicht mehr an").
    String.raw`\b(completely|totally|just|is|went|gone|seems|stone|now) dead\b(?! (money|end|link|loss|weight|serious|tired|set|on time|easy|simple|quiet|cheap))`,
    String.raw`\b(wont|doesnt|does not|will not|didnt|did not|cant|cannot|no longer|not) ((turn|switch|power) on|(power|boot) up)\b`,
    String.raw`\bno (enciende|se enciende|arranca|carga|se carga)\b`,
    String.raw`\b(geht|schaltet sich|springt) (\w+ )?nicht (mehr )?(an|ein)\b`,
    // Will not charge (not "you won't charge me"), in German too ("lädt nicht mehr").
    String.raw`\b(wont|doesnt|does not|will not|stopped|no longer|isnt|is not|never) (re)?charg(e|es|ing)\b(?! (me|us|you|my card|my account|for|a fee|extra|the (full|wrong)))`,
    String.raw`\b(ladt|laedt) (\w+ )?nicht\b`,
    // A light blinking a warning colour, or blinking in Spanish ("parpadea todo el rato"); not a "flash sale".
    String.raw`\b(blink\w*|flashing|flashes|blinkt|leuchtet)\b[^.!?]{0,30}\b(red|rot|rojo|roja|orange|naranja)\b|\bparpade\w*`,
    // Fog or water inside the glass ("vaho por dentro del cristal", "das Glas ist innen beschlagen").
    String.raw`\b(fog|fogged|fogging|foggy|condensation|misted|misting|vaho|empanad[oa]|condensacion|beschlagen|kondenswasser)\b[^.!?]{0,40}\b(inside|in the|behind|under|glass|lens|screen|display|dentro|cristal|pantalla|innen|glas)\b`,
    String.raw`\b(inside|behind|under) the (glass|lens|screen|display)\b[^.!?]{0,30}\b(fog\w*|condensation|mist\w*|moisture|droplets)\b`,
    // An update that hangs ("froze during a firmware update at 37%"), a black screen, a spinning icon.
    String.raw`\b(froze|frozen|freezes|stuck|hangs|hung)\b[^.!?]{0,40}\b(update|updating|firmware|\d{1,3} ?%|logo|booting|boot ?loop)\b`,
    String.raw`\b(update|updating|firmware)\b[^.!?]{0,40}\b(froze|frozen|stuck|hangs|hung|crashed)\b|\b(black|blank) screen\b|\bspinning (icon|wheel|circle)\b`,
    // Session 61 (T): the same in German or Spanish ("zeigt nur noch einen schwarzen Bildschirm", "la pantalla se queda en negro").
    String.raw`\b(schwarze[nrs]?|leere[nrs]?) (bildschirm|display|anzeige)\b|\b(bildschirm|display) (\w+ ){0,4}(schwarz|dunkel|leer)\b|\bpantalla (\w+ ){0,2}(negra|en negro|en blanco)\b`,
    // A reading off ("heart rate jumps to 190", "the compass points the wrong way, 90 degrees off").
    String.raw`\b(compass|heart ?rate|pulse|altitude|altimeter|step count|steps|readings?|elevation)\b[^.!?]{0,40}\b(wrong|way off|off by|jumps?|jumping|spikes?|spiking|inaccurate|way too (high|low)|all over the place|\d{1,3} ?(degrees|°))`,
    String.raw`\bpoints? (the )?wrong (way|direction)\b|\b\d{1,3} ?(degrees|°) off\b`,
    // An error code shown, or asked what it means.
    String.raw`\b(showing|shows|displays?|displaying|getting|says|zeigt|muestra|sale)( an?| the| error| code| el| fehler| codigo){0,2} e\d{1,3}\b`,
    String.raw`\bwhat does (that|this|the) (error |fault )?(code|error|message) mean\b`,
  ].join('|'),
);
/** What another team does with the device: a return, a claim, money, a delivery, an invoice (en/de/es). */
// (Session 60 S: and one that came broken or is to be exchanged, "la correa vino rota… ¿qué hago para cambiarlo?".)
const OTHER_TEAMS_MATTER =
  /\b(came|vino|vinieron|venia|kam|kamen)\b(?! (back|home|out|off|up)\b)[^.!?]{0,40}\b(broken|damaged|cracked|smashed|dead|rot[oa]s?|danad[oa]s?|rajad[oa]s?|kaputt|beschadigt|defekt)\b|\b((cambiarl[oa]s?|cambiarmel[oa]s?|cambiarnosl[oa]s?)(?! (a|al|de|en) (modo|idioma|hora|horario|formato|unidades|configuracion|ajustes))|(pedir|solicitar|hacer|quiero|quisiera|necesito) (un |el )?cambio\b(?! de (hora|horario|pilas?|bateria|configuracion|idioma))|por (otr[oa]|un[oa]) nuev[oa]|umzutauschen|eintauschen|exchange (it|them|this|the \w+|my \w+|for)|swap (it|them) for)\b|\b(refund\w*|money back|charged|payments?|paid|invoice|receipt|cancel\w*|deliver\w*|arriv\w*|parcel|package|tracking|shipp\w*|claims?|wrong (item|size|colou?r)|buy|purchase|spare|reembols\w*|erstatt\w*|lieferung|geliefert|angekommen|paket|envio|paquete|lleg\w*|factura|rechnung|data|gdpr)\b/;

/** A symptom of a device the customer has, with nothing asked of another team. */
export function reportsDeviceFault(topical: string): boolean {
  const t = normalise(topical);
  return DEVICE_SYMPTOM.test(t) && !OTHER_TEAMS_MATTER.test(t) && !mentionsReturnOrClaim(t);
}

/** Taking it on a flight, in the cabin or the hold ("¿puedo llevar la VoltPack en el avión?", "im Handgepäck"). */
const ON_A_FLIGHT =
  /\b(take|bring|carry|pack|fly with|travel with|llevar|llevarla|llevarlo|meter|mitnehmen|einpacken)\b[^.!?]{0,40}\b(planes?|flights?|aircraft|hand luggage|carry-?on|cabin bag|checked (bag|baggage|luggage)|hold luggage|avion|vuelo|maleta facturada|equipaje de mano|flugzeug|handgepack|aufgegebene\w* gepack)\b/;
/** …not a purchase, a parcel or a size asked ("can it arrive before my flight?", "how heavy is it packed?"). */
const FLIGHT_NOT_SAFETY = /\b(buy|buying|order|arriv\w*|deliver\w*|ship\w*|heavy|weigh\w*|weight|size|fit|dimensions|refund\w*|return\w*|comprar|pesa|kaufen)\b/;

/** A pay-later plan ("paid with Klarna in 3 instalments", "Ratenzahlung", "a plazos"). */
const PAY_LATER = /\b(klarna|affirm|afterpay|instal+ments?|payment plan|pay in (3|three|4|four)|raten\w*|teilzahlung|cuotas?|plazos?|pago aplazado)\b/;
/** …whose next payment is asked after ("do I still have to pay the next one?", "die nächste Rate trotzdem zahlen?"). */
const NEXT_PAYMENT =
  /\b(next|remaining|upcoming|other|rest of the|further) (instal+ments?|payments?|raten?|cuotas?|plazos?)\b|\b(nachste|restlichen|weiteren|ubrigen) (rate|raten|zahlung\w*)\b|\b(siguiente|proxima|proximas|resto de las?) (cuotas?|plazos?|pagos?)\b|\b(still|keep) (have to |need to )?(pay|paying)\b|\btrotzdem (\w+ )?(zahlen|bezahlen|weiterzahlen)\b|\b(seguir|sigo) pagando\b|\btengo que (seguir )?pagar\b/;

/** A credit note, the returns' invoice ("Gutschrift", "factura rectificativa"); not a gift card or store credit. */
const CREDIT_NOTE = /\b(credit (note|memo)|stornorechnung|rechnungskorrektur|korrekturrechnung|nota de credito|factura rectificativa)\b/;

/** A spare part to be sent for money ("can someone send me a spare cover? happy to pay for it"). */
const PART_SENT = /\b(send|sell|post|ship) (me|us) (a |an |another |some |one )?(spare|replacement|new|extra) [a-z-]+( [a-z-]+)?\b/;
const WILL_PAY =
  /\b((happy|willing|glad|fine|ok|okay|prepared) to pay|(i|we|ill|id|wed)( will| would| can)? (gladly |happily )?pay (for (it|that|one|them)|extra|whatever)|how much (would|does|will|is) (it|that|one|a \w+)|what (would|does|will) (it|that|one) cost)\b/;
const FREE_CLAIM = /\b(for free|free of charge|no charge|under (the |my )?warranty|warranty|guarantee|should be free|your fault)\b/;

/**
 * Session 60 (S): where to buy it locally, from a country the shop does not deliver to ("how can I buy a Ridgeline 3P if I
 * live in Toronto? is there a store or distributor there?", "gibt es in Kanada einen Händler?"): a sale, in the shipping
 * article's words. A seller asked for somewhere, or buying asked from where the customer lives.
 */
const SELLER = String.raw`(stores?|shops?|retailers?|resellers?|stockists?|distributors?|dealers?|outlets?|sellers?|tiendas?|distribuidor(es|as?)?|revendedor(es|as?)?|puntos? de venta|vendedor(es)?|handler\w*|vertriebspartner\w*|fachhandler\w*|geschaft\w*|laden|filialen?)`;
export const WHERE_TO_BUY = new RegExp(
  [
    String.raw`\b(is there|are there|do you have|have you got|any|hay|teneis|tienen|gibt es|habt ihr|haben sie)\b[^.!?]{0,25}\b${SELLER}\b[^.!?]{0,30}\b(there|in (my|that) (country|area|city|region)|near me|locally|alli|alla|ahi|en (mi|ese|este) pais|dort|da druben|in (meinem|diesem) land|in [a-z]{3,}|en [a-z]{3,})\b`,
    String.raw`\b(how|where) (can|could|do|would|should) (i|we) (buy|get|order|purchase|get hold of)\b[^.!?]{0,40}\b(if|since|as|when) (i|we) (live|am|are|m|re|based)\b`,
    String.raw`\b(como|donde) (puedo|podria|podemos) (comprar|conseguir|pedir)\b[^.!?]{0,40}\b(si|ya que|como) (vivo|vivimos|estoy|resido)\b`,
    String.raw`\b(wie|wo) (kann|konnte|konnen) (ich|wir)\b[^.!?]{0,40}\b(kaufen|bestellen|bekommen)\b[^.!?]{0,30}\b(wenn|da) (ich|wir) (in|aus)\b`,
  ].join('|'),
);
/** …not an order already placed, a return, a collection or a parcel ("is there a store in Berlin where I can return it?"). */
const BOUGHT_ALREADY = /\b(return\w*|refund\w*|exchang\w*|collect\w*|pick ?up|parcel|package|tracking|my order|deliver(ed|y)|arriv\w*|broken|faulty|repair\w*|devol\w*|reembols\w*|ruckgabe|zuruck\w*|[a-z]{1,4}-\d{4,})\b/;

export const LATE_CORRECTIONS: Correction[] = [
  { from: [REFUNDS_DUTY, RETURNS_DUTY, PRE_SALES_DUTY, PRIVACY_DUTY], to: TROUBLESHOOTING_DUTY, when: (c) => reportsDeviceFault(c.topical) },
  { from: [PRE_SALES_DUTY], to: TROUBLESHOOTING_DUTY, when: (c) => ON_A_FLIGHT.test(normalise(c.current)) && !FLIGHT_NOT_SAFETY.test(normalise(c.current)) },
  { from: [RETURNS_DUTY], to: PAYMENTS_DUTY, when: (c) => PAY_LATER.test(normalise(c.topical)) && NEXT_PAYMENT.test(normalise(c.topical)) },
  { from: [RETURNS_DUTY, PRE_SALES_DUTY, TROUBLESHOOTING_DUTY], to: INVOICES_DUTY, when: (c) => CREDIT_NOTE.test(normalise(c.topical)) },
  {
    from: [TROUBLESHOOTING_DUTY, RETURNS_DUTY, REFUNDS_DUTY],
    to: PRE_SALES_DUTY,
    when: (c) => PART_SENT.test(normalise(c.topical)) && WILL_PAY.test(normalise(c.topical)) && !FREE_CLAIM.test(normalise(c.topical)),
  },
  // Session 60 (S): a local seller asked for, from a country the shop does not deliver to (the message that asks decides).
  { from: [RETURNS_DUTY, SHIPPING_DUTY, TROUBLESHOOTING_DUTY, REFUNDS_DUTY], to: PRE_SALES_DUTY, when: (c) => WHERE_TO_BUY.test(normalise(c.current)) && !BOUGHT_ALREADY.test(normalise(c.current)) },
];
