/**
 * "A pole on my Summit Pro 2 cracked on the first night", "Kann ich die Jacke im Laden zurückgeben?": the customer
 * has the item and wants it returned, exchanged or put right under warranty. Tents, jackets and stores are the
 * pre-sales team's words too, so the classifier can send such a chat there; it is the team's that owns returns
 * and warranty claims. A trade-in or part exchange, or a spare part to buy, is a sale.
 */
import { normalise } from '../bot/text.js';

const RETURN_OR_WARRANTY =
  /\b(return(ed|ing)?|send (it|them|this) back|sent (it|them|this) back|exchange|swap (it|them)|warranty|guarantee|garantie|gewahrleistung|garantia|zuruck(geben|senden|schicken|gegeben|geschickt|zugeben|zuschicken)|rucksendung|ruckgabe|umtausch\w*|devolver\w*|devolucion|devuelvo)\b/;

/** Something wrong with the one they have. */
const DEFECT =
  /\b(cracked|snapped|split|torn|ripped|broke|broken|leaked|leaking|leaks|came without|is missing|was missing|were missing|kaputt\w*|gerissen|gebrochen|undicht|roto|rota|rompio|se ha roto|rasgad[oa])\b/;

const A_SALE = /\b(trade[- ]?ins?|part[- ]exchange|in exchange for|inzahlungnahme|buy(ing)?|purchas\w*|do you (still |also )?(sell|stock|carry|have)|spares?|restock\w*|back in stock|sold out|successor|discontinued|kaufen|comprar\w*)\b/;

export function aboutOwnedItem(conversation: string): boolean {
  const all = normalise(conversation);
  if (A_SALE.test(all)) return false;
  return RETURN_OR_WARRANTY.test(all) || DEFECT.test(all);
}
