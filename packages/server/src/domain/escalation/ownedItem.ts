/**
 * "A pole on my Summit Pro 2 cracked on the first night", "Kann ich die Jacke im Laden zurückgeben?": the customer
 * has the item and wants it returned, exchanged or put right under warranty. Tents, jackets and stores are the
 * pre-sales team's words too, and jackets and lamps the troubleshooters' (their care articles), so the classifier
 * can send such a chat to either; it is the team's that owns returns and warranty claims. A trade-in or part exchange, or a spare part to buy, is a sale.
 */
import { normalise } from '../bot/text.js';

const RETURN_OR_WARRANTY =
  /\b(return(ed|ing)?|send (it|them|this) back|sent (it|them|this) back|exchange|swap (it|them)|warranty|guarantee|garantie|gewahrleistung|garantia|zuruck(geben|senden|schicken|gegeben|geschickt|zugeben|zuschicken)|rucksendung|ruckgabe|umtausch\w*|devolver\w*|devolucion|devuelvo)\b|\bcambiar\w* [^.!?]{0,30}\bpor\b|\b(arrived|came|showed up|turned up|delivered|llego|kam|angekommen)\b[^.!?]{0,40}\b(broken|damaged|cracked|smashed|crushed|dented|roto|rota|danad[oa]|kaputt|beschadigt)\b/;

/** Something wrong with the one they have. */
const DEFECT =
  /\b(cracked|snapped|split|torn|ripped|broke|broken|leaked|leaking|leaks|came without|is missing|was missing|were missing|kaputt\w*|gerissen|gebrochen|undicht|roto|rota|rompio|se ha roto|rasgad[oa])\b/;

const A_SALE = /\b(trade[- ]?ins?|part[- ]exchange|in exchange for|inzahlungnahme|buy(ing)?|purchas\w*|do you (still |also )?(sell|stock|carry|have)|spares?|restock\w*|back in stock|sold out|successor|discontinued|kaufen|comprar\w*)\b/;

/**
 * A repair to pay for, a claim ruled out by the customer, or a threat to return it for another brand: still the
 * troubleshooters' ("I know it's out of warranty, can I pay you to fix it?").
 */
const NO_CLAIM =
  /\b(repair\w*|fix(ed)?|reparatur\w*|repar\w*)\b|\b(not a|not|out of|outside( of)?( the)?|no longer under|past( the)?|not covered by)\s+(the |my |a )?warranty\b|\bdont (really )?(want|need)\b[^.!?]{0,20}\bwarranty\b|\b(send|take) (it|them) back and (get|buy)\b/;

/** `defects`: a fault counts too ("the zip broke"); to the troubleshooters a fault is theirs, only a return or a claim is not. */
export function aboutOwnedItem(conversation: string, defects = true): boolean {
  const all = normalise(conversation);
  if (A_SALE.test(all) || (!defects && NO_CLAIM.test(all))) return false;
  return RETURN_OR_WARRANTY.test(all) || (defects && DEFECT.test(all));
}

/** Any return, exchange or claim in the conversation, whatever else it asks. */
export function mentionsReturnOrClaim(conversation: string): boolean {
  return RETURN_OR_WARRANTY.test(normalise(conversation));
}
