/**
 * Session 60: specifics that decide how a case is handled, as typed: a dispute opened with whom ("opened a dispute with
 * PayPal"), the codes and app a locked-out customer lacks ("never saved the backup codes", "authenticator app" after a
 * new phone), a document the customer holds ("I have the death certificate") and a spare part to buy ("a replacement
 * pole section").
 */

/** A dispute or chargeback opened, with the one it is opened with (not one only asked about): the agent must know whether PayPal or the bank holds it. */
export const DISPUTE_WITH =
  /\b(?:opened|opening|open|filed|filing|file|raised|raising|started|starting|lodged|lodging|lodge)\s+(?:a\s+|the\s+)?(?:dispute|chargeback|claim|case)\s+(?:with|through|via)\s+(?:PayPal|Klarna|Amex|American Express|Visa|Mastercard|(?:my|the|our)\s+(?:bank|card\s+(?:company|issuer)|credit\s+card\s+company))\b/gi;
/** The second factor a customer lacks: "no backup codes", "never saved those backup codes", "can't find my recovery codes". */
export const NO_BACKUP_CODES =
  /\b(?:(?:never|didn't|did\s+not|haven't|have\s+not|can't|cannot|can\s+not|don't|do\s+not|couldn't)\s+(?:\p{L}+\s+)?(?:saved?|kept|keep|wrote\s+down|write\s+down|printed|print|find|have|got)\s+(?:the\s+|those\s+|my\s+|any\s+)?|(?<![\p{L}-])no\s+|(?:lost|without)\s+(?:the\s+|those\s+|my\s+)?)(?:backup|back-up|recovery)\s+codes?\b/giu;
/** The authenticator, named when the phone that held it changed ("lost my phone with the authenticator app on it"). */
export const AUTHENTICATOR = /\bauthenticator(?:\s+app(?:lication)?)?\b/gi;
/** A phone that changed: what makes the authenticator a fact rather than a question about setting it up. */
export const PHONE_CHANGED =
  /\b(?:(?:a|my|the)\s+new\s+(?:tele)?phone|(?:lost|replaced|broke|dropped|wiped|reset)\s+(?:my\s+)?(?:old\s+)?(?:tele)?phone|(?:old\s+)?(?:tele)?phone\s+(?:was\s+|got\s+|has\s+been\s+)?(?:lost|stolen|wiped|broken|died))\b/gi;
/** A document the customer says they hold: "I have the death certificate" (a word naming it, not "a certificate" alone). */
// (The lookahead first: a lookbehind with \s+ at every position of a run of spaces costs the square of its length.)
export const HELD_DOCUMENT =
  /(?=\p{L})(?<=\b(?:I|we)\s+(?:have|'ve\s+got|have\s+got|can\s+send|can\s+provide|can\s+upload|will\s+send|attached)\s+(?:a|an|the|our|my|his|her)\s+)(?:[\p{L}-]+\s+){1,2}(?:certificate|certificates)\b/gu;
/**
 * A spare part the customer wants to buy, named as typed: "buy a replacement pole section", "order a single spare
 * strap" (after a word of buying, so "the replacement pole section broke too" stays the problem's).
 */
// (The lookahead first, as above.)
export const SPARE_PART =
  /(?=[sr])(?<=\b(?:buy|order|sell|get|purchase)\s+(?:a|an|one|the|just\s+(?:a|the|one))\s+)(?:single\s+)?(?:spare|replacement)\s+(?:[\p{L}-]+\s+)?(?:section|part|pole|strap|buckle|zip|lid|cap|cable|charger|band|peg|hood|battery|lens)s?\b/giu;
