/**
 * Session 60 (F3): "I'd like to speak with someone about my Summit membership please": the wish before a request for a
 * person ("I'd like to", "can I") belongs to the request and asks nothing of the help articles, so a VIP saying only
 * that is asking for the person (explicit_request), not putting a question the tier rule would hand off.
 */
export const WISH_BEFORE = /\b(?:i would|id|i want|i wanna|i need|id love|i wish|id prefer|i would prefer|can i|could i|may i)\s+(?:like\s+|love\s+)?(?:to\s+)?$/;
/**
 * …but "about holding the Lumen for me", "about restocking it", "about a corporate gift order for around 40 people" is
 * still something asked of them.
 */
export const ASKS_AS_DOING = /\b(holding|keeping|reserving|restocking|splitting|wrapping|engraving|delivering|shipping|sending|changing|cancelling|canceling|adding|invoicing|(bulk|corporate|business|wholesale|gift|group|team) (order|orders|ordering|purchase|quote)|quote|\d+ (people|persons|units|pieces))\b/;
