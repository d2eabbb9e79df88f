/**
 * Session 59 (R3): refund chases told plainly, read by rules.ts beside its RETURNED / AWAITING / MONEY_BACK patterns.
 * All run on normalise()d text (lower case, no apostrophes).
 */

const CARD = '(card|credit card|debit card|amex|american express|visa|mastercard|discover|paypal|bank|bank account|account|statement)';

/** "Nothing on my card yet", "nothing back on my amex yet", "nothing back yet": the money not back, said plainly. */
export const NOTHING_BACK_YET = new RegExp(`\\bnothing (back |has come back |come back |showing |has shown up |showed up )?(on|in|to|into) (my|the|our) ${CARD}( yet| so far)?\\b|\\bnothing (back|refunded) (yet|so far)\\b`);

/** "Dropped the Ridgeline 3P off at a UPS store", "handed both to DHL": the customer's own return given to a carrier (said by the customer or opening a sentence, not "UPS dropped it off at my neighbour"). */
export const DROPPED_OFF = /(\b(i|we|ive|weve|i have|we have) |(^|[.!?;]\s*))(just |already )?(dropped|dropping|handed|took|taken) (\S+ ){0,5}?off\b[^.!?]{0,30}\b(ups|dhl|fedex|usps|royal mail|hermes|dpd|gls|post office|drop-?off point|parcel shop|access point|locker)\b|\b(i|we|ive|weve|i have|we have) (just |already )?(handed|given|gave) (\S+ ){0,5}?(to|over to) (the |a )?(ups|dhl|fedex|usps|royal mail|hermes|dpd|gls|post office|courier)\b/;

/** "that's three hundred and twelve dollars I'd like back on my Discover card": the sum named, then wanted back (rules.ts asks for a return told too: not a price gap, "that's $60 I'd like back"). */
export const AMOUNT_WANTED_BACK = /((€|\$|£)\s?\d[\d.,]{0,24}|\b\d[\d.,]{0,24}\s?(€|eur|euros?|usd|dollars?)|\b(euros?|dollars?|bucks))\s+(that )?(id|i would|wed|we would|i want|we want|i need|we need|i expect|we expect) (like |love |want )?(to (get|have|see) )?(it |that )?back\b(?! (in|into) (stock|store|the shop))/;

/** "When will it hit my Visa?": the money arriving on a card named by its brand. */
export const MONEY_HITS_CARD = new RegExp(`\\bwhen (does|will|do|would|should|can) (it|that|this|the money|the refund|my refund|my money) (hit|reach|show up (in|on)|appear (in|on)|land (in|on)|get to|be back (in|on)|be on) (my |the )?${CARD}\\b`);

/**
 * Session 60 (R): "Wann bekomme ich mein Geld?", "Wo bleibt mein Geld?" after items went back: the German chase said
 * without "zurück" (rules.ts asks for a return told too, so "wann bekomme ich das Paket" or a price question is none).
 */
export const GERMAN_MONEY_WHEN = /\b(wann|bis wann|wie lange (dauert es|noch),? bis) (bekomme|kriege|erhalte|sehe|habe) (ich|wir) (endlich |denn |dann )?(mein|meine|unser|unsere|das|die) (geld|erstattung|ruckerstattung|ruckzahlung|gutschrift)\b|\bwann (kommt|ist|wird) (denn |endlich )?(mein|unser|das) geld\b|\bwo bleibt (denn )?(mein|unser|das) geld\b/;

/**
 * Session 61 (H): "it's the full three hundred and nineteen euros I'm expecting back, not store credit": the sum named as
 * what the customer expects back (rules.ts asks for a return under way too, in this message or the one before).
 */
const SUM_BACK = String.raw`((€|\$|£)\s?\d[\d.,]{0,24}|\b\d[\d.,]{0,24}\s?(€|eur|euros?|usd|dollars?)|\b(euros?|dollars?|bucks))`;
export const EXPECTED_BACK = new RegExp(String.raw`${SUM_BACK}\s+(that |which )?(im|i am|were|we are|i was|we were) (expecting|counting on|hoping|waiting) (to (get|have|see|receive) )?back\b(?! (in|into) (stock|store|the shop))|\b(im|i am|were|we are) (expecting|counting on getting|hoping to get) (the |my |our |all )?((full|whole|entire) )?([a-z-]+ (and )?){0,5}${SUM_BACK}\s+back\b(?! (in|into) (stock|store|the shop))`);
/** "ok return started", "I've registered the return", "return created": a return under way, before anything is posted. */
export const RETURN_UNDER_WAY = /\breturn (is |has been |was |now )?(started|opened|created|registered|submitted|booked|lodged|set up|requested)\b|\b(started|opened|created|registered|submitted|booked|lodged|set up|requested) (the|a|my|our) return\b/;
