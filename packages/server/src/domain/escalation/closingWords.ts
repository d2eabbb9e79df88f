/**
 * Words of taking a reply and leaving, or of insisting (repeatedFailure.ts): a closing remark, thanks, "see you", "ill
 * do the form, thanks", against "but", "still", "need".
 */

/**
 * A closing remark or acknowledgement ("ha, I'll tell him he owes me a beer then", "ok thanks", "vale, gracias")
 * is not another attempt, even though the KB finds nothing in it; one that goes on to insist ("ok but I still
 * need…") is.
 */
export const CLOSING = /^(ok|okay|k|gotcha|got ya|gotya|roger( that)?|righto|thanks|thank you|thx|ty|cheers|great|cool|fine|got it|ha|haha|hah|lol|nice|perfect|alright|all right|never ?mind|no worries|fair enough|gracias|muchas gracias|vale|perfecto|genial|danke(schon| sehr)?|vielen dank|alles klar|super|no biggie|excellent|splendid|wonderful|lovely|brilliant|marvell?ous)\b|^(\W*((yeah|yep|yes|ah|oh|ha|well|lol|haha|ok(ay)?|then|anyway|thanks|cheers)\b|(i )?(figured( as much)?|figures|thought (as much|so)|(it was |was )?worth a (shot|try|go|ask)|oh well|ah well|no harm (in )?asking)\b))+\W*$/;
/** "no biggie", "no worries": the "no" of taking it, not of pressing. (Session 55: "gotcha" takes it as "got it" does.) */
export const NO_TROUBLE = /\bno (biggie|worries|problem|bother)\b/g;
export const INSIST_WORDS = /\b(but|still|not|no|need|want|help|again|cant|dont|doesnt|didnt|wont|isnt|pero|todavia|sigue|necesito|aber|immer noch|nicht|brauche)\b/;
export const INSISTS = new RegExp(String.raw`\?|${INSIST_WORDS.source}`);
/** "2am?? lol ok, early morning it is. thanks": a surprised aside, then taking it and signing off. */
export const ACCEPTS = /\b(ok|okay|fine|fair enough|got it|gotcha|got ya|gotya|i see|makes sense|alright|will do|no worries|vale|alles klar)\b/;
/** Still after something: "thanks, but I need…", "I want…". */
export const INSISTS_NEED = /\b(need|want|help|necesito|brauche)\b/;
export const SIGNS_OFF = /\b(thanks|thank you|thx|ty|cheers|gracias|danke)\W*$/;

/** Words of taking a reply and leaving, anywhere in a message without a question. */
const LEAVES_WORDS = String.raw`(thanks|thank you|thx|ty|cheers|kiitos|merci|grazie|danke|gracias|dank je|clear|got it|understood|makes sense|relief|sorted|all good|works now|found it|sound|grand|brilliant|perfect|great|lovely|excellent|wonderful|very good)`;
/** Said anywhere: "see you Sunday", "if that matters". Said at either end: "Kiitos, that's clear!", "…, sorted" ("the watch was great until…" is a story). */
export const LEAVES = new RegExp(String.raw`\b(see you|bye|goodbye|have a (good|nice|great) (day|one|weekend|evening)|take care\W*$|(if|in case) (that|it) (matters|helps)|fwiw|for what its worth)\b|^\W*${LEAVES_WORDS}\b|\b${LEAVES_WORDS}\W*$`);

/** "me refiero a…", "ich meine…", "¿lo hacéis o no?", "ja oder nein?": the question said again, in Spanish or German (not "me refiero a otra cosa"). */
export const SAYS_AGAIN_ES_DE = /^((no|perdon|nein|sorry)\W+)?(me refiero a|lo que quiero decir|ich meine|ich meinte|gemeint ist)\b(?!\s*(otra cosa|otra pregunta|algo distinto|algo diferente|etwas anderes|was anderes))|\b(o no|si o no|ja oder nein|oder nicht)\W*$/;
/** "ill do the form, thanks" (not "will you accept it or not, thanks", "well can you just tell me, thanks"). */
export const WILL_DO_THANKS = /(^|[.!?]\s+)((ok(ay)?|right|alright|fine)\W+)?(ill|i will|will|gonna|im going to|we will|well) (?!(you|u|ya|someone|somebody|anyone|anybody|they|can|could|would|is|are|tell|just tell|please)\b)[^.!?]{1,40}\b(thanks|thank you|thx|ty|cheers)\W*$/;

/** Ending on "we're good" or a thumbs-up: the reply taken. */
export const SAYS_GOOD = /(\b(so )?(were|we are|were all|im|i am) good\b|👍)\W*$/u;
/** Session 58: "…on the desk. ok so that's normal. heart rate returning to normal": the answer's reassurance taken. */
export const SO_ITS_NORMAL = /(^|[.!,;]\s*)((ok(ay)?|right|phew|ah|oh|great|cool|good),? )?so (thats|that is|its|it is|this is|all) (totally |perfectly |completely |all )?(normal|fine|expected|nothing to worry about)\s*([.!]|$)/;

export const TAKES_ANYWHERE = /\b(thanks|thank you|thx|ty|cheers|sweet|makes sense|perfect|great|brilliant|lovely)\b/;

/**
 * Session 59: doing it now, as the reply said ("bit annoying but fine, doing it now before the hour's up", "ok, cancelling
 * it now", "on it, thanks"): the step taken, not another attempt at the question (review 1: not "and so on it goes").
 */
export const GETS_ON_WITH_IT = /(?:^|[,.;:!]\s*|\b(?:fine|ok(?:ay)?|alright|right|sure|then|so)\s+)(?:(?:im|i am|ill|i will|will)\s+)?(?:(?:doing|trying|cancell?ing|ordering|re-?ordering|filling (?:it |that |the form )?(?:in|out)|sending|placing|booking|redoing|re-?placing|changing|unplugging|charging) (?:it|that|this|them|so|one|the \w+) (?:now|right now|straight away|asap|tonight|then)|on it(?! (?:goes|went|go|again)\b))\b/;
/**
 * Review 1 of session 59: taken with a sneer or as one more go at the same thing ("ok whatever, you keep my money then",
 * "trying it now for the 4th time", "cancelling it now and ordering from someone else. ridiculous"): no step taken in peace.
 */
export const TAKEN_BITTERLY = /\b(whatever|joke|ridiculous|absurd|unbelievable|useless|pointless|waste|fed up|keep (my|the|our) money|(some ?one|some ?where) else|elsewhere|court|lawyer|(for )?the (second|third|fourth|fifth|sixth|umpteenth|hundredth|nth|\d+(st|nd|rd|th)) time|(\d+|two|three|four|five|six) times)\b/;
/** Doing what the reply said, nothing asked and nothing still wrong. */
export function getsOnWithIt(said: string): boolean {
  return !said.includes('?') && GETS_ON_WITH_IT.test(said) && !INSIST_WORDS.test(said.replace(NO_TROUBLE, ' ')) && !TAKEN_BITTERLY.test(said);
}
