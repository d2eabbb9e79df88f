/**
 * What is wrong, in the customer's words: the damage, the symptom or the injury an agent would otherwise ask about
 * again ("a large tear in the flysheet", "the pole cracked", "gone a bit puffy on one side", "burned my palm",
 * "a faint hissing noise", "won't switch on"). Copied as typed, with the words around the symptom that say where
 * or how, so the agent reads the problem without opening the transcript.
 */
import type { TypedSpan } from './typedSpan.js';

const BODY_PART = String.raw`(?:hands?|palms?|fingers?|fingertips?|thumbs?|wrists?|arms?|forearms?|elbows?|legs?|knees?|ankles?|feet|foot|toes?|face|forehead|cheeks?|chin|neck|eyes?|eyelids?|cornea|ear|ears|nose|lips?|head|scalp|shoulders?|back|chest|stomach|skin|hip|thigh|shin)`;
/** Words that end no place or thing: "on his wrist *from*", "cracked *just*", "a blister on her wrist *where*". */
const NOT_A_NOUN = String.raw`(?:and|or|but|so|as|if|than|the|a|an|it|to|of|off|up|out|in|on|at|by|for|with|without|from|into|onto|over|when|while|where|after|before|because|since|until|during|that|this|these|those|which|who|whom|whose|is|was|are|were|be|been|has|had|have|its|his|her|their|my|our|your|me|him|them|us|i|we|you|they|he|she|nothing|none|everything|something|all|any|some|one|two|own|even|just|last|first|then|there|here|now|again|too|also|very|really|still|already|bits?|pieces?)`;
/** Where on it or on whom: "in the flysheet", "along the seam", "on one side", "just under his eye", "on my son's hand". */
const WHERE = String.raw`(?:\s+(?:right\s+|just\s+|all\s+)?(?:in|on|along|across|under|above|near|at|inside|around|through|by)\s+(?:(?:the|my|his|her|their|its|our|your|one|a|an|both|each)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?!${NOT_A_NOUN}\b)[\p{L}-]+\s+)?(?!${NOT_A_NOUN}\b)[\p{L}-]{3,}(?<!ing)(?!(?<=\b(?:days?|weeks?|months?|nights?|years?))\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)))?`;
/** The same, required: a bare "split" or "tear" is as often a verb ("the invoice split in two"). */
const WHERE_REQUIRED = WHERE.slice(0, -1);
/** A word or size that makes a noun a wound or a flaw: "red", "5cm", "L-shaped", "first-degree". */
const MARK_MOD = String.raw`(?:small|little|tiny|large|big|huge|long|slight|mild|nasty|bad|deep|faint|visible|noticeable|red|brown|black|dark|white|angry|blistered|blistering|burn|scorch|raw|weird|strange|\d+(?:[.,]\d)?\s?(?:cm|mm|inch(?:es)?|in)|[\p{L}]+-(?:shaped|degree|sized|long|wide))`;
/** Nouns of damage and injury; "mark", "patch", "spot" only with a word that says what kind. */
const FLAW_NOUN = String.raw`(?:tears?(?!\s+in\s+(?:my|his|her|their|our|your)\s+eyes)|rips?|holes?|cracks?|dents?|scratch(?:es)?|scuffs?|chips?|gash(?:es)?|burns?|blisters?|bulges?|bruises?|cuts?|swelling|leaks?|stains?|rash|scorch(?:ing)?)`;
const MARK_NOUN = String.raw`(?:marks?|patch(?:es)?|spots?)`;
const FLAW = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:${MARK_MOD}\s+){1,3}(?:${FLAW_NOUN}|${MARK_NOUN}(?:\s+of\s+[\p{L}]+)?)${WHERE}|(?<=\b(?:a|an|the|one|two|three|several|some|few|another|has|have|with|got)\s)(?:${FLAW_NOUN})(?=\s+(?:right\s+|just\s+)?(?:in|on|along|across|under|above|near|inside|around|through)\s)${WHERE_REQUIRED})(?![\p{L}-])`,
  'giu',
);
/** Broken, swollen, leaking…: said of a thing, with its subject when a determiner introduces it ("the pole cracked"). */
const BROKEN = String.raw`(?:torn|ripped|cracked|snapped|broken|broke|split|melted|melting|scorched|burnt|burned|blistered|swollen|swelling|puffy|puffed(?:\s+up)?|puffing\s+up|bloated|ballooned|bulging|bulged|dented|bent|frayed|peeling(?:\s+(?:off|away))?|delaminat(?:ed|ing)|leaking|leaks|flickering|flickers|hissing|smoking|sparking|overheating|overheated|scratched|chipped|smashed|shattered|tore|leaked|(?:came|come|fell|falling|coming)\s+(?:apart|off|loose|undone)|warped|corroded|rusted|fogged\s+up|misted\s+up)`;
const SUBJECT_WORDS = String.raw`(?:(?!${NOT_A_NOUN}\b|got\b|went\b)[\p{L}\d-]+\s+){1,2}`;
/**
 * The part and what it is part of: "the zip on my Summit jacket broke", "the strap of her pack snapped"; session 59: a
 * model of three words, "the zip slider on my Summit Pro 2 has cracked".
 */
const PART_OF = String.raw`(?:(?:on|of|in|from)\s+(?:the|my|his|her|its|their|our|this|that)\s+${SUBJECT_WORDS.replace('{1,2}', '{1,3}')})?`;
const SUBJECT = String.raw`(?:(?:the|my|his|her|its|their|our|one|this|that)\s+|(?=[\p{L}\d-])(?<=(?:^|[.!?\n])\s*))(${SUBJECT_WORDS}${PART_OF})`;
const AUX = String.raw`(?:(?:has|had|have|is|was|are|were|got|went|gets|get|keeps|kept)\s+)?(?:(?:been|gone|become|started(?:\s+to)?|begun(?:\s+to)?|getting|going|starting\s+to)\s+)?`;
const DEGREE = String.raw`(?:(?:a\s+bit|a\s+little|slightly|kind\s+of|kinda|sort\s+of|really|very|quite|totally|completely|badly|all)\s+)?`;
const BROKEN_THING = new RegExp(String.raw`(?<![\p{L}-])(?:${SUBJECT})?${AUX}${DEGREE}${BROKEN}(?:(?=\s+(?:right\s+|just\s+)?(?:in|on|along|across|under|above|near|at|around|through)\s)${WHERE})?(?![\p{L}-])`, 'giu');
/** Said alone, these are damage whatever the sentence; "split", "broke", "bent" alone are as often a verb ("split the invoice"). */
const DAMAGE_ALONE = /^(?:cracked|torn|ripped|snapped|shattered|melted|scorched|blistered|swollen|puffy|puffed\s+up|bloated|ballooned|bulging|bulged|hissing|smoking|sparking|overheating|overheated|leaking|frayed|delaminat(?:ed|ing)|corroded)$/iu;
/** Damaged with what it damaged: "cracked lens", "broken zip", "snapped pole", "torn sleeve". */
const DAMAGED_NOUN = new RegExp(String.raw`(?<![\p{L}-])(?:cracked|broken|torn|ripped|snapped|melted|scorched|burnt|burned|blistered|swollen|dented|bent|frayed|scratched|chipped|smashed|shattered|leaking|warped|corroded)\s+(?!${NOT_A_NOUN}\b|(?:english|german|spanish|french|italian|dutch)\b)[\p{L}-]{3,}(?![\p{L}-])`, 'giu');
/** What is split without being damaged: an order, a payment, an invoice. */
const BILLING_THING = /\b(?:orders?|payments?|invoices?|bills?|amounts?|costs?|totals?|charges?|deliver(?:y|ies)|shipments?|parcels?|packages?|refunds?)\b/i;
/** Hurt someone: "burned my palm", "burnt two fingertips", "blistered my son's hand", "broken wrist", "had a fall". */
const INJURY = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:burned|burnt|blistered|scalded|scorched|cut|hurt|bruised|scratched|broke|broken|sprained|injured)\s+(?:(?:my|his|her|their|our|your|two|three|both|a|the|all)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+)?${BODY_PART}|(?:had|took)\s+a\s+(?:bad\s+|nasty\s+)?fall)(?![\p{L}-])`,
  'giu',
);
/** What it sounds or smells like: "a faint hissing noise", "burning plastic", "a chemical smell", "smoke". */
const SENSED = /(?<![\p{L}-])(?:(?:(?:faint|loud|weird|strange|funny|odd|high-pitched|constant|strong|horrible|awful|acrid|sharp)\s+)?(?:(?:burning|burnt|chemical|plastic|electrical|fishy|melting)\s+)+(?:plastic\s+)?(?:smell|odou?r|stench)|burn(?:ing|t)\s+plastic(?:\s+smell)?|(?:(?:faint|loud|weird|strange|funny|odd|high-pitched|constant)\s+)?(?:hissing|crackling|popping|buzzing|whining|fizzing)(?:\s+(?:sound|noise))?|smoke(?!\s+(?:grey|gray|blue|colou?r))|sparking)(?![\p{L}-])/giu;
/** It will not do its job: "won't switch on", "not charging", "stopped holding a charge", "keeps restarting". */
const FAILS = /(?<![\p{L}-])(?:(?:won['’]?t|wont|will\s+not|doesn['’]?t|does\s+not|didn['’]?t|did\s+not|isn['’]?t|is\s+not|not|never|no\s+longer|stopped|keeps|kept)\s+(?:(?:turn(?:ing)?|switch(?:ing)?|power(?:ing)?)\s+on|charg(?:e|es|ing)|hold(?:ing|s)?\s+(?:a\s+)?charge|pair(?:s|ing)?|connect(?:s|ing)?|sync(?:s|ing)?|boot(?:ing)?|restart(?:ing)?|reboot(?:ing)?|shutting\s+(?:off|down)|turning\s+off|switching\s+off|freez(?:e|ing)|crash(?:ing)?)|(?:pairing|charging|update|sync)\s+failed)(?![\p{L}-])/giu;
/** What a screen, link or lamp says: "the link says invalid", "tells me the link is invalid or has expired", "flashes red three times". */
const SHOWS = /(?<![\p{L}-])(?:(?:(?:the|my|this)\s+)?(?:link|code|voucher|gift\s+card|card|page|app|screen|site|checkout|it)\s+)?(?:says|said|saying|shows|showed|showing|tells\s+me|told\s+me|reads|comes\s+up(?:\s+with)?)\s+(?:that\s+)?(?:(?:the|my|this)\s+(?:[\p{L}-]+\s+){1,2})?(?:is\s+|was\s+|has\s+|had\s+)?(?:invalid|expired|declined|not\s+valid|unknown|failed)(?:\s+or\s+(?:has\s+|is\s+|was\s+)?(?:expired|invalid|been\s+used|already\s+used))?(?![\p{L}-])|(?<![\p{L}-])(?:flash(?:es|ed|ing)|blink(?:s|ed|ing)|glow(?:s|ed|ing))\s+(?:red|green|orange|blue|white|amber|yellow)(?:\s+(?:\p{L}+\s+|\d+\s+)?times)?(?![\p{L}-])/giu;
/**
 * German and Spanish: "lädt seit gestern nicht mehr", "ist gerissen", "no enciende", "se ha roto". (Review of session 54: not
 * a sign denied, "ist nicht aufgebläht", "no se ha hinchado", as NOT_THERE sets aside "no smoke".)
 */
// (Denials looked behind only once "se"/"está" matched: before every position they re-read a run of spaces.)
const FAILS_DE_ES = /(?<![\p{L}-])(?:(?:lädt|funktioniert|geht|startet|leuchtet|hält|schaltet\s+sich)\b[^.,;!?\n]{0,30}?\bnicht\s+mehr(?:\s+(?:an|ein|auf))?|(?:ist|sind|wurde|hat\s+sich)\s+(?!(?:nicht|nie|niemals|weder|kein)\s)(?:\p{L}+\s+)?(?:gerissen|gebrochen|kaputt|aufgebläht|geschwollen|verbrannt|geschmolzen|undicht)|no\s+(?:se\s+)?(?:carga|enciende|funciona|conecta|empareja)|(?:se\s+ha|se|está|estaba)(?<!(?<![\p{L}-])(?:no|ni|nunca|sin)\s+(?:se\s+ha|se|está|estaba))\s+(?:roto|rota|rompió|hinchado|hinchada|quemado|quemada|agrietado|agrietada|derretido|derretida))(?![\p{L}-])/giu;

/** "no scratches", "isn't cracked", "without any dents", "if it gets wet", "can it crack": no damage said to be there. */
const NOT_THERE = /\b(?:no|not|nothing|none|neither|isnt|isn't|isn’t|wasnt|wasn't|wasn’t|arent|aren't|never|without|any|if|whether|could|can|might|would|will|does|do|prevent|avoid|in case|before it)\s+(?:\S+\s+){0,2}$/i;

const DEGREE_LEAD = new RegExp(`^${DEGREE}`, 'iu');
const SPLIT_AS_STATE = /\b(?:has|had|have|is|was|are|were|got|gets|get|started|begun|starting|been|gone|become|keeps|kept)\s+(?:to\s+)?split\b/i;
const SPLIT_INTO = /^\s+(?:into|over|between|across|in\s+(?:two|half))\b/i;

/**
 * "my flatmate split the bill", "the order was split into two parcels": split is damage only as a state of a thing
 * ("the case has split"), and never of an order, a payment or an invoice.
 */
function splitIsNoDamage(match: string, subject: string | undefined, after: string): boolean {
  if (!/\bsplit\b/i.test(match)) return false;
  return !SPLIT_AS_STATE.test(match) || BILLING_THING.test(subject ?? '') || SPLIT_INTO.test(after);
}

/** The problems the message describes, each as typed; a span inside a longer one is left out. */
export function findProblems(text: string): TypedSpan[] {
  const found: { index: number; end: number }[] = [];
  const take = (index: number, value: string, negatable: boolean) => {
    const trimmed = value.replace(/[\s,;:]+$/u, '');
    if (trimmed.length < 4) return;
    if (negatable && NOT_THERE.test(text.slice(Math.max(0, index - 30), index))) return;
    found.push({ index, end: index + trimmed.length });
  };
  for (const m of text.matchAll(FLAW)) take(m.index, m[0], true);
  for (const m of text.matchAll(BROKEN_THING)) {
    // The subject without its determiner ("pole cracked" from "The pole cracked").
    const at = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
    // One word and no thing ("totally broke", "melted the cable"): only a word that is damage whatever the sentence.
    const bare = m[0].trim().replace(DEGREE_LEAD, '');
    if (m[1] === undefined && !/\s/.test(bare) && !DAMAGE_ALONE.test(bare)) continue;
    if (splitIsNoDamage(m[0], m[1], text.slice(m.index + m[0].length))) continue;
    take(at, text.slice(at, m.index + m[0].length), true);
  }
  for (const m of text.matchAll(DAMAGED_NOUN)) take(m.index, m[0], true);
  for (const m of text.matchAll(INJURY)) take(m.index, m[0], false);
  for (const m of text.matchAll(SENSED)) take(m.index, m[0], true);
  for (const m of text.matchAll(FAILS)) take(m.index, m[0], false);
  for (const m of text.matchAll(SHOWS)) {
    const lead = /^(?:it|the|my|this)\s+/i.exec(m[0])?.[0].length ?? 0;
    take(m.index + lead, m[0].slice(lead), false);
  }
  for (const m of text.matchAll(FAILS_DE_ES)) take(m.index, m[0], false);
  // Longest first; a span inside one already kept adds nothing; overlapping ones join ("the casing has split along
  // the seam" and "split along the seam" are one).
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const merged: { index: number; end: number }[] = [];
  for (const f of found) {
    const last = merged.at(-1);
    if (last && f.index < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged.map((s) => ({ index: s.index, value: text.slice(s.index, s.end) }));
}
