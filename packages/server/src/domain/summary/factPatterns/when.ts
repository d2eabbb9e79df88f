/** Patterns for when: dates, deadlines, months, "two weeks ago", times of day, occasions, and the event a day is for. */

/**
 * A day typed in figures: "14/07/1986", "03.12.2025" (not "1/2" or a price). A full stop after it may end the
 * sentence ("it should be 17/04/1986."); one before more digits makes it something else.
 */
export const NUMERIC_DATE = /(?<![\w./,-])(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w/-]|[.,]\d|\.[\w/])/g;
/** When the customer needs it by: "by Saturday", "before friday", "for next Tuesday", "by tomorrow". */
export const DEADLINE = /\b(?:by|before|for)\s+(?:this\s+|next\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b(?!'s)(?!\s+(?:the\s+)?\d)/gi;
/** How long something should be held: "until Saturday afternoon", "hold one … until Sunday" (after a word of holding, not opening hours). */
export const HOLD_UNTIL = /\b(?:keep|hold|aside|reserve|save)\b[^.!?]{0,40}?\buntil\s+(?:this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?:\s+(?:morning|afternoon|evening|night|lunchtime))?\b/gi;
export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
export const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * When it happened, counted back: "two weeks ago", "3 days ago", "vor drei Wochen", "hace dos semanas", "yesterday",
 * "last week".
 */
export const AGO = /(?<![\w-])(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|(?<![\w-])(?:vor\s+(?:\d{1,3}|einer?|einem|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn)\s+(?:Minuten|Stunden?|Tagen|Woche[n]?|Monate?n?|Jahren?)|hace\s+(?:\d{1,3}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:minutos?|horas?|d(?:í|i)as?|semanas?|meses|mes|a(?:ñ|n)os?))(?![\w-])|(?<![\w-])(?:yesterday|last\s+(?:week|weekend|month|year|night))\b/gi;
/** A time of day with the word that makes it a limit or a slot: "before 2pm", "after 17:30", "until 7 pm"; not a pace ("at 5:45 min/km") or a running time ("after 1:30 of use"). */
export const TIME_LEAD = String.raw`(?<![\w-])(?:before|after|by|until|till|from|around|at)\s+`;
export const TIME_OF_DAY = new RegExp(
  String.raw`${TIME_LEAD}\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w-])|${TIME_LEAD}\d{1,2}:\d{2}(?![\w.:/-])(?!\s*(?:min|mins|minutes|per|of|in the|into)\b|\s*\/)`,
  'gi',
);
/** An occasion counted by its ordinal: "for his 60th", "our 25th anniversary"; not "our 2nd tent", "this is my 4th". */
export const OCCASION = /(?<![\w-])(?:my|his|her|our|their|your)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|anniversary|wedding anniversary)\b|(?=my|his|her|our|their|your)(?<=\b(?:for|celebrate|celebrating)\s+)(?:my|his|her|our|their|your)\s+\d{1,3}(?:st|nd|rd|th)(?![\w-])/gi;
/** A day of the month in Spanish: "el día 12", "para el día 3 de junio". */
export const DAY_ES = /(?<![\p{L}-])el\s+d[ií]a\s+\d{1,2}(?:\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))?(?![\p{L}\d])/giu;
/** A month alone, when it is when: "in October", "by early June" is DATE's; May only with its capital (not "in may be"). */
export const IN_MONTH = /(?<![\w-])(?:[Ii]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom|[Ff]or|[Dd]uring)\s+(?:(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember))(?![\w-])/g;
/** The event a day is for, typed before it: "a race on Sunday", "our raffle in October", "my flight next Friday". */
export const EVENT_BEFORE = /\b(?:a|an|the|my|our|his|her|their|this|that)\s+((?:[\p{L}-]+\s+)?(?:race|marathon|ultra|trip|wedding|party|raffle|event|flight|holiday|hike|trek|tour|festival|competition|expedition|camp|ceremony|graduation|birthday|anniversary|match|tournament|concert|show|fair|walk|ride|climb|holidays|vacation)s?)\s+$/iu;
/**
 * A day the customer names: "the 23rd", "Friday the 14th", "3 March", "March 3rd", "on Saturday", "on Thursday the 17th
 * of October" (one day, not two). A weekday alone
 * only after on/since/last/next ("I work on saturday" is one too: the agent may need it).
 */
export const DATE = new RegExp(
  `(?<![\\w-])(?:(?:${WEEKDAY}\\s+)?the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?|${WEEKDAY}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:on|since|last|next|this)\\s+${WEEKDAY}(?:\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?|\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\s+\\d{1,2}(?:st|nd|rd|th)|\\s+(?:morning|afternoon|evening|night))?|${WEEKDAY}\\s+(?:morning|afternoon|evening|night)|(?:early|mid|late|end of|beginning of)\\s+(?:${MONTH_FULL})|\\d{1,2}\\.\\s?(?:januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)|\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?![\\w-])`,
  'gi',
);
/** A word after "the 2nd" or "May 2" that makes it something else ("the 2nd lamp", "May 2 people"). */
export const NOUN_AFTER = /^\s+(?![a-z]+ly\b)(?!(?:at|and|or|but|please|then|so|if|when|because|latest|morning|afternoon|evening|night|i|we|is|was|will|would|could|can|since|until|from|to|of|in|the|this|next|last|as|already|yet|still)\b)[a-z]/i;
