/**
 * Counts an agent reads as part of the problem, as typed: how old the thing is ("only five months old"), which day
 * it happened ("day 9"), how many so far ("three more", "two this week"), "two of them", "40+ units", and counts in German and
 * Spanish ("acht Monate", "14 Läufe", "tres puntos").
 */
import type { TypedSpan } from './typedSpan.js';

const EN_NUMBER = '(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|a\\s+few|a\\s+couple\\s+of)';
/** How old: "five months old", "just 3 weeks old". */
const AGE = new RegExp(`(?<![\\p{L}\\d-])(?:(?:only|just|barely|not\\s+even|less\\s+than|under)\\s+)?${EN_NUMBER}\\s+(?:days?|weeks?|months?|years?)\\s+old(?![\\p{L}-])`, 'giu');
/** The day of a trip or of the return window: "on day 9", "it was day 9 after delivery", "day 3 of our trip" (not "Day 4 now"). */
const DAY_NUMBER = /(?=d)(?<=\b(?:on|by|until|till|since|from|was|is|its|it's|it’s)\s+)day\s+\d{1,3}(?![\p{L}\d.,-]|\.\d)|(?<![\p{L}\d-])day\s+\d{1,3}(?=\s+(?:of|after|since|into)\b)/giu;
/** How many so far: "three more", "two this week", "4 today" (not "one more thing": from two up; "four more newsletters" is a count with its noun, COUNTED's). */
const SO_FAR = /(?<![\p{L}\d-])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:more(?!\s+(?:than|or|and|thing|time|info|information)\b|\s+\p{L}+s\b)|this\s+(?:week|month|morning|year)(?:\s+alone)?|today|so\s+far|in\s+a\s+row)(?![\p{L}-])/giu;
/** How many of the thing just named: "two of them", "3 of those" (from two up: "one of them" picks, it counts nothing). */
const OF_THEM = /(?<![\p{L}\d-])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+of\s+(?:them|those|these)(?![\p{L}-])/giu;
/** At least so many: "40+ units", "25+ people". */
const PLUS_COUNT = /(?<![\p{L}\d.,-])\d{1,5}\+\s+\p{Ll}{3,}/gu;
const DE_NUMBER = '(?:\\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig)';
/** German counts with their noun: "acht Monate", "14 Läufe", "drei Wochen"; the noun capitalised, as German writes it. */
const DE_COUNT = new RegExp(`(?=${DE_NUMBER})(?<![\\p{L}\\d-])(?<!\\b(?:vor|seit)\\s+)${DE_NUMBER}\\s+(?:Monate|Monaten|Wochen|Tage|Tagen|Jahre|Jahren|Stunden|Läufe|Mal|Stück|Teile|Zelte|Jacken|Lampen|Uhren|Paar|Personen|Leute|Kinder|Bestellungen|Pakete)(?![\\p{L}-])`, 'gu');
/** Session 52: a number spelt out before any German noun, with an adjective between or not ("zwei getrennte Rechnungen"); not a time or a sum ("acht Uhr", "zehn Euro"). */
// (The lookahead first: on a long run of spaces a lookbehind with \s+ at every position costs the square of its length.)
const DE_NUMBER_WORD = '(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)';
const DE_WORD_COUNT = new RegExp(`(?=${DE_NUMBER_WORD})(?<![\\p{L}\\d-])(?<!\\b(?:vor|seit)\\s+)${DE_NUMBER_WORD}\\s+(?:\\p{Ll}+(?:e|en|er|es)\\s+)?(?!(?:Uhr|Euro|Dollar|Cent|Prozent)(?![\\p{L}]))\\p{Lu}\\p{Ll}{2,}(?![\\p{L}-])`, 'gu');
/** Spanish counts spelt out: "tres puntos", "dos semanas" (a figure is read by the English patterns already). */
// ("hace" looked behind once the number matched: before every position it re-read a run of spaces, session 54.)
const ES_COUNT = /(?<![\p{L}\d-])(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte)(?<!\bhace\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte))\s+(?!(?:de|del|la|las|los|el|en|y|o|que|por|para|con|veces)\b)\p{Ll}{4,}(?![\p{L}-])/gu;

export function findCounts(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const re of [AGE, DAY_NUMBER, SO_FAR, OF_THEM, PLUS_COUNT, DE_COUNT, DE_WORD_COUNT, ES_COUNT]) {
    for (const m of text.matchAll(re)) if (!out.some((o) => o.index === m.index)) out.push({ index: m.index, value: m[0] });
  }
  return out;
}
