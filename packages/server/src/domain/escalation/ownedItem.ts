/**
 * "A pole on my Summit Pro 2 cracked on the first night", "Kann ich die Jacke im Laden zurückgeben?": the customer
 * has the item and wants it returned, exchanged or put right under warranty. Tents, jackets and stores are the
 * pre-sales team's words too, and jackets and lamps the troubleshooters' (their care articles), so the classifier
 * can send such a chat to either; it is the team's that owns returns and warranty claims. A trade-in or part exchange, or a spare part to buy, is a sale.
 */
import { normalise } from '../bot/text.js';

const RETURN_OR_WARRANTY =
  /\b(return(ed|ing)?|returns|send (it|them|this|the \w+|my \w+) back|sent (it|them|this|the \w+|my \w+) back|sending (it|them) back|exchang(e|ed|ing)|swap (it|them|the \w+|my \w+)|warranty|guarantee|garantie|gewahrleistung|garantia|zuruck(geben|senden|schicken|gegeben|geschickt|zugeben|zuschicken)|rucksendung|ruckgabe|umtausch\w*|tauschen|devolver\w*|devolucion|devuelvo)\b|\bcambiar\w* [^.!?]{0,30}\bpor\b|\bcambiar (la|de) talla\b|\bchange (it|them|mine) for (the|a|an|another|size)\b|\b(arrived|came|showed up|turned up|delivered|llego|kam|angekommen)\b[^.!?]{0,40}\b(broken|damaged|cracked|smashed|crushed|dented|roto|rota|danad[oa]|kaputt|beschadigt)\b/;

/** "The app keeps returning an error", "swap them for fresh batteries", "my tax return": these words in another sense. */
const NOT_A_RETURN = /\b(tax|vat|income tax|expense|expenses) returns?\b|\bkeeps? return\w*|\breturn(s|ing)? (an?|me|to|the error)\b|\b(swap|chang|replac)\w* (the |them |it |my )?(for )?(fresh |new |the )?batter\w*|\bcambiar (la )?pila\w*/g;

/** Something wrong with the one they have. */
const DEFECT =
  /\b(cracked|snapped|split|torn|ripped|broke|broken|leaked|leaking|leaks|came without|is missing|was missing|were missing|kaputt\w*|gerissen|gebrochen|undicht|roto|rota|rompio|se ha roto|rasgad[oa])\b/;

/**
 * Session 59 (S2): a fault of the item called a defect in so many words ("this is a defect, not me", "the zip is faulty",
 * "das Zelt ist defekt", "es un defecto de fábrica"); not one denied or asked about ("not a defect", "any known defects?").
 */
const DEFECT_CLAIMED =
  /(?<!\b(?:not|no|isnt|wasnt|never|any|known|for|of) (?:an? )?(?:\w+ )?)\b(?:defect|flaw)\b(?!s\b)|\b(defective|faulty)\b|\b(ist|sind|war|waren) (\w+ ){0,2}(defekt|mangelhaft)\b|\b(produktionsfehler|herstellungsfehler|materialfehler|fabrikationsfehler)\b|\b(defecto de fabrica|defectuos[oa]s?)\b/;

/** A sale: a trade-in, a restock, a spare part or a model to buy; a claim that refuses to buy again is no sale. */
const A_SALE =
  /\b(trade[- ]?ins?|part[- ]exchange|in exchange for|inzahlungnahme|(can|could|where|how) (can |do )?(i|we) (buy|purchase|order)|(want|like|need) to (buy|purchase)|buy (just|one|a spare|a replacement|spares?|another|the part)|do you (still |also )?(sell|stock|carry|have)|spares?|restock\w*|back in stock|sold out|successor|discontinued|kaufen|comprar\w*)\b/;
const REFUSES_TO_BUY = /\b(not going to|shouldnt have to|should not have to|wont|dont want to|will not|not)\s+(buy|purchase)\w*/g;

/** Weighing a purchase ("deciding between them: which has the longer warranty?"): a question before buying. */
const WEIGHING = /\b(deciding between|torn between|(cant|can not|cannot) decide between|which (\w+ )?(would|do|should|can|could) (you|u) (recommend|suggest)|which (model|one|of (them|the two|your \w+)) (has|is|would|should|lasts)|(would|do|can) you recommend|thinking (of|about) (buying|getting)|planning to buy)\b/;

/**
 * A repair to pay for, a claim ruled out by the customer, a threat to return it for another brand, or asking what to
 * try: still the troubleshooters' ("I know it's out of warranty, can I pay you to fix it?").
 */
// (Session 60 S: a paid treatment too, "could I post it to you, you re-proof it and send it back? happy to pay".)
const NO_CLAIM =
  /\b(repair\w*|fix(ed)?|reparatur\w*|repar\w*|re-?proof\w*|reproof\w*|re-?waterproof\w*|nachimpragnier\w*|impragnierservice|reimpermeabiliz\w*)\b|\b(happy|willing|glad|prepared|fine|ok|okay) to pay\b(?! (for )?(the |any )?(return|postage|shipping|delivery|difference|courier)\b)|\b(i|we|ill|id)( will| would| can)? (gladly |happily )?pay (for (it|that|the (service|treatment))|extra|whatever)\b|\b(not a|not|out of|outside( of)?( the)?|no longer under|past( the)?|not covered by)\s+(the |my |a )?warranty\b|\bdont (really )?(want|need)\b[^.!?]{0,20}\bwarranty\b|\b(send|take) (it|them) back and (get|buy)\b|\bwhat (can|should|could) (i|we) try\b|\bany tips\b/;
/**
 * Session 59: the claim greeted with scorn ("a warranty claim, lovely. so 10-15 days without a watch because of a sync
 * error"): the claim is what the customer is told to do, not what they ask; the fault stays the troubleshooters'. Not a
 * claim welcomed and asked how to start ("a warranty claim, great, how do I start it?").
 */
const CLAIM_SCORNED = /\b(?:warranty|guarantee) (?:claim|form|repair|route|process)\W{1,4}(?:oh )?(?:lovely|great|brilliant|fantastic|wonderful|perfect|super|marvellous|terrific|splendid|awesome|fab|cheers|yay|joy|how nice|how lovely|just great|just what i needed)\b(?![^.!?]{0,40}\b(?:how (?:do|can|would) (?:i|we)|where (?:do|can) (?:i|we)|please (?:start|send|open)|lets (?:do|start)|(?:start|open|file|submit|make) (?:it|one|a claim|the claim))\b)/;
/**
 * Session 59 (S3): the claim thrown back in disbelief ("a warranty claim?? weeks of waiting for a headlamp i need on
 * saturday", "warranty?! seriously"): what the customer was told to do, not what they ask. Not a plain question about it
 * ("a warranty claim? how do I start one?").
 */
const CLAIM_SCORNED_MORE =
  /\b(?:warranty|guarantee)(?: (?:claim|form|repair|route|process))?(?:\?{2,}|!{2,}|\?!|!\?)(?![^.!?]{0,40}\b(?:how (?:do|can|would) (?:i|we)|where (?:do|can) (?:i|we)|please (?:start|send|open)|lets (?:do|start)|(?:start|open|file|submit|make) (?:it|one|a claim|the claim))\b)|\b(?:warranty|guarantee) (?:claim|form|repair|route|process)\W{1,4}(?:seriously|really|are you (?:kidding|joking|serious)|you (?:cant|must) be (?:serious|joking|kidding))\b/;
/** "I don't want a repair, I want a replacement under warranty": a claim after all. */
const REFUSES_REPAIR = /\b(dont|do not|not) want (a |the |any )?(repair|reparatur)\w*/g;

/**
 * `defects`: from the pre-sales team's pick a fault counts too ("the zip broke"); from the troubleshooters' a fault is
 * theirs, and so is a paid repair or a claim the customer rules out: only a return, an exchange or a claim moves it.
 */
export function aboutOwnedItem(conversation: string, defects = true): boolean {
  const all = normalise(conversation).replace(NOT_A_RETURN, ' ');
  if (A_SALE.test(all.replace(REFUSES_TO_BUY, ' ')) || WEIGHING.test(all)) return false;
  if (!defects && (NO_CLAIM.test(all.replace(REFUSES_REPAIR, ' ')) || CLAIM_SCORNED.test(all) || CLAIM_SCORNED_MORE.test(all))) return false;
  return RETURN_OR_WARRANTY.test(all) || (defects && (DEFECT.test(all) || DEFECT_CLAIMED.test(all)));
}

/** Any return, exchange or claim in the conversation, whatever else it asks. */
export function mentionsReturnOrClaim(conversation: string): boolean {
  return RETURN_OR_WARRANTY.test(normalise(conversation).replace(NOT_A_RETURN, ' '));
}
