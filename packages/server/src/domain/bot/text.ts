/**
 * Small text helpers shared by retrieval, classification and detectors.
 * Deliberately simple and deterministic: a light suffix stemmer, not a full one,
 * because the same function is applied to the KB and to queries.
 */
import { EMAIL_ADDRESS, normalise } from '../common/text.js';

/** Function words and chat filler that must never make a retrieval match. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also am an and any anyone anything are aren around as at be because been before
  being below between both but by can cannot could couldn did didn do does doesn doing don done down during each either else
  even ever every few for from further get gets getting got had hadn has hasn have haven having he her here hers herself him
  himself his how however i if in into is isn it its itself just let like lets me might mine more most much must my myself
  no nor not now of off on once only or other our ours ourselves out over own quite rather really same shall she should so
  some someone something such than that the their theirs them themselves then there these they this those though through to
  too under until up upon us very was wasn way we were weren what whats when where whether which while who whom whose why
  will with within without won would wouldn yet you your yours yourself yourselves
  im ive id ill youre youve youll theyre thats theres dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt shouldnt
  hi hello hey hiya thanks thank thx ty cheers please pls plz ok okay okey yes yeah yep nope sure lol omg haha hmm ugh oh ah
  ahh wow btw tbh idk u ur r gonna wanna gotta kinda sorta guys anyway actually basically literally maybe probably quick
  question want need would like know tell say said thing things stuff one ones lot bit still already again also yet please
  go going went make made take took come came see seen look looking try tried trying help able
  wheres hows whos whens whys heres since nothing something everything says saying another
  shes hes hed wed youd theyd itd itll thatll theyll
  thru tho cuz coz
  great perfect awesome cool lovely brilliant fantastic wonderful excellent
  vs versus aw aww matter kind enough exactly lowkey highkey ngl bruh bro fam tysm tyvm heyy heyyy yall lmao lmk rn imo imho fyi
  ` .split(/\s+/).filter(Boolean),
);

export { normalise };

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  twelve: '12', fourteen: '14', fifteen: '15', twenty: '20', thirty: '30', sixty: '60',
};

/**
 * Raw word tokens (normalised), including stop words. Identifiers with digits
 * (nw-123456, pay-204) stay whole; other hyphenated words split ("2-year" → 2, year).
 * Small number words become digits so "two years" meets "2-year".
 */
export function words(text: string): string[] {
  const out: string[] = [];
  // "American Express" is a card, not express delivery: the brand is one word (not "amex": a KB that only spells it out
  // says nothing of "split it between my Amex and my Visa").
  for (const tok of normalise(text).replace(/\bamerican express\b/g, 'americanexpress').match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) {
    if (tok.includes('-') && !/^[a-z]+-\d+$/.test(tok)) {
      for (const part of tok.split('-')) out.push(NUMBER_WORDS[part] ?? part);
    } else {
      out.push(NUMBER_WORDS[tok] ?? tok);
    }
  }
  return out;
}

/** A light English suffix stemmer: plural, -ing, -ed, final -e; collapses a doubled final consonant. */
const IRREGULAR: Record<string, string> = {
  paid: 'pay', bought: 'buy', sent: 'send', broke: 'break', broken: 'break', worn: 'wear', sold: 'sell', gave: 'give',
  given: 'give', left: 'leave', lost: 'lose', ran: 'run', spent: 'spend', told: 'tell', wrote: 'write', written: 'write',
  chosen: 'choose', chose: 'choose', kept: 'keep', shipped: 'ship', shipping: 'ship', ships: 'ship', children: 'child',
};

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  // Session 55: a model number in the plural is the model ("two Lumen 900Rs", "both 3Ps", "the 400s").
  // (Review 2 of session 55: not a size, "2xs", nor a decade, "the 1990s".)
  if (/^\d+(?!x)[a-z]{1,2}s$|^(?!(19|20)\d0s$)\d{3,}s$/.test(w)) return w.slice(0, -1);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  // "days", "saturdays", "holidays" are plurals like any other ("always" is not).
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w !== 'always') w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content terms of a text: tokenised, stop words removed, stemmed. */
/** Stemmed words of three letters or more that are not stop words: what a message is about. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map(stem);
}

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w) || w.length < 2) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * "Please note:", "note that", "N.B.": words that point at what follows, not a topic. Indexed, the one article with
 * "Please note:" owned the word, and a customer's "note 1" got its passage as a confident answer.
 */
const ASIDES = /\b(?:please\s+note|note\s+that|nota\s+bene)\b|\bnote\s*:|\bn\.\s?b\.?:?/gi;

/** An international phone number ("+1 503 555 0142") and an e-mail address, as a KB writes them. */
const PHONE_NUMBER = /\+\d{1,3}[\d ()./-]{6,}\d/;
// (Review of session 55: the shared address pattern, which starts only where a name can start: one that tried every
// letter of a long unspaced run took ~35 ms on 4,000 characters. Without its global flag, for `test`.)
const AN_EMAIL_ADDRESS = new RegExp(EMAIL_ADDRESS.source);

/**
 * A KB passage's or article's text as the index reads it: asides out, and the words for what it gives that it need not
 * say (session 55): a passage that lists "+1 503 555 0142" is what "what's your phone number?" asks for, and one that
 * gives support@… what "your email address?" asks for.
 */
export function indexedText(text: string): string {
  let out = text.replace(ASIDES, ' ');
  if (PHONE_NUMBER.test(out)) out += ' phone number';
  if (AN_EMAIL_ADDRESS.test(out)) out += ' email address';
  return out;
}

/** Markdown to plain text: drops emphasis, headings markers, links and list bullets. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/\r\n/g, '\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits text into sentences (keeps the terminator). Good enough for chat messages. A point between digits ("$214.50") ends none. */
export function sentences(text: string): string[] {
  return (text.match(/(?:[^.!?\n]|\.(?=\d))+(?:[.!?]+|\n|$)/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** Truncates at a word boundary and adds an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return (at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.-]+$/, '') + '…';
}

/** A word as query and index terms are kept: normalised, stemmed; null for stop words and single letters. */
export function processTerm(term: string): string | null {
  const w = normalise(term);
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  return stem(w);
}

/** The query and index terms of a text (processTerm of each word), stop words dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = processTerm(w);
    if (t) out.push(t);
  }
  return out;
}
