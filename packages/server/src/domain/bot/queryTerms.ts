/**
 * A customer's question as the knowledge base searches it: content terms with their synonyms, es/de support words in
 * English, and what each term is to the question (scene, the action asked, a product name, a place).
 */
import { expandSynonyms, phraseHints, translateWordAt } from './glossary.js';
import { NO_NAMES, type SiteNames } from '../site/siteNames.js';
import type { SpellingFixer } from './spelling.js';
import { findPlaces } from './places.js';
import { askedActions } from './askedActions.js';
import { modelNameTerms } from './modelNames.js';
import { sceneTerms } from './sceneTerms.js';
import { restatedPhrases } from './restatements.js';
import { normalise, processTerm, stem, words } from './text.js';
import { EMAIL_ADDRESS } from '../common/text.js';
import { NOT_A_CODE_AFTER } from '../summary/factPatterns/goods.js';

/** A query term with its synonyms; `optional` terms only ever add credit. */
export interface QueryTerm {
  terms: string[];
  optional: boolean;
  /** Only in the sentences around the question (the story, the greeting): missing it is a small gap, not a whole one. */
  scene?: boolean;
  /** The action asked of the shop ("could you *split* it…"): a passage without it does not do what is asked. */
  action?: boolean;
  /** A word of a product name the KB never mentions ("Summit Pro 2"): it names the object, not what is asked. */
  product?: boolean;
  /** A phrase shape's hint ("takes forever to get gps" → slow, fix): matching it matches what the phrase said. */
  hint?: boolean;
}

/** An error code typed apart, "ERR 31", "error 12" (not "error 15 times"): group 1 is its number. */
const CODE_TYPED_APART = new RegExp(String.raw`\b(?:err|error|fehler)\s?[:#-]?\s?(\d{2,3})\b(?!\s*(?:${NOT_A_CODE_AFTER}))`, 'gi');

/** Hints that only shape a question ("how long", "how much"): matching them says nothing of its topic. */
const SHAPE_HINTS = new Set(['days', 'cost']);

/**
 * Session 57: "Slight panic here - I ordered…", "Help! …", "bit stressed, …": a feeling that opens the message says
 * nothing of what is asked (its words the KB lacks counted against the passage that answers).
 */
const FEELING_OPENER = /^\W*(?:(?:a |bit of a |a bit of a |slight|slightly|mild|minor|small|quick|total|major|mini|little|bit|a bit|kind of|kinda)\s*)?(?:panic|panicking|panicked|freaking out|freaked out|stressed|stressing|worried|confused|help|urgent)(?: mode| moment| attack)?(?: here| over here| right now| now)?\s*(?:[-–—:!.,]+)\s+/i;
/** Session 54: "amazing. and can i swim in it afterwards?": the reaction to the last answer says nothing of the next question. */
const REACTION_OPENER = /^\W*(?:amazing|great|perfect|awesome|lovely|brilliant|cool|nice|super|fantastic|excellent|wonderful|thanks|thank you|cheers|ok|okay|got it|good to know)\s*[,.!]+\s*(?=(?:and|also|oh and|but|so|one more thing)?\s*\w)/i;
/**
 * "store" said of keeping a thing ("how should I store it", "store my watch"), not of the shop. (Review of session 55: of
 * any thing, "best way to store lithium batteries", and "storing", "be stored": the glossary's storage reading, which
 * must hold too, says what is no thing kept.)
 */
const STORE_VERB = /\b(?:should|do|can|to|would|could|best way to|how to) (?:i |we |you )?store\b|\b(?:storing|be stored|get stored|stored away)\b(?<!\b(?:data|details|information|info|card|payment|address|password)\b[^.?!]{0,40})/;

/** Stemmed words that frame a topic rather than name one. */
const FRAMING = ['polici', 'policy', 'rule', 'info', 'information', 'detail', 'procedure', 'process'].map((w) => stem(w));

/** E-mail and web addresses, sums of money, phone numbers: what identifies the case, not what is asked. */
const IDENTIFIERS = new RegExp(String.raw`${EMAIL_ADDRESS.source}|\bhttps?:\/\/\S+|[€$£]\s?\d[\d.,]{0,24}|\b\d+[.,]\d\d\b|\b\d[\d.,]{0,24}\s?(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b|bucks\b)|\+?\d[\d ()/-]{7,}\d`, 'gi');

/**
 * A discount, voucher or gift code typed in capitals beside the word that says so: "code USA20", "the SPRING15
 * voucher" (not "error code E12"). Group 1 keeps the word before the code.
 */
const TYPED_PROMO_CODE = /(?<!\berror\s)(\b(?:code|voucher|coupon|promo)s?\s*(?:is|was|:)?)\s*["'“‘]?(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15}\b|\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9-]{3,15}\b(?=\s+(?:discount\s+|promo\s+|welcome\s+)?(?:code|voucher|coupon)s?\b)/gi;

/** The EU's member states, stemmed as query terms are. */
const EU_COUNTRIES = new Set(
  ['austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'czech', 'denmark', 'estonia', 'finland', 'france', 'germany', 'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'holland', 'poland', 'portugal', 'romania', 'slovakia', 'slovenia', 'spain', 'sweden'].map((w) => processTerm(w) ?? w),
);

/** A question about sending something somewhere. */
const SENDING = /\b(ship\w*|deliver\w*|postage|post|send|sent|sending|parcel|courier|dhl|ups|customs|duties|import)\b/;

/**
 * Query terms: English content terms (with synonyms), es/de support words in English, question-shape hints.
 * `namesPhrase`: whether the KB names a phrase ("summit pro") anywhere; a model name it never names is no topic of it.
 */
export function queryTerms(query: string, known?: (term: string) => boolean, foreign = false, spelling?: SpellingFixer, names: SiteNames = NO_NAMES, namesPhrase?: (phrase: string) => boolean): QueryTerm[] {
  const text = normalise(query);
  // Order numbers say nothing about the topic, nor does a greeting ("morning! remind me…") or the clock time the
  // customer writes from ("it's 11:20 here"): as unknown words they counted against the passage that answers.
  // "was charged 2x": twice, as the articles say it (not "2x AAA", a count of things).
  const said = query.replace(/\b(charged|billed|paid|debited|taken|deducted|charging me)\s+(?:2x|x2|2 times|two times)(?!\w)/gi, '$1 twice').replace(/^\W*(?:good\s+)?(?:morning|afternoon|evening)\b/i, ' ').replace(REACTION_OPENER, ' ').replace(FEELING_OPENER, ' ').replace(/\b(?:its|it is|now|here|time is|at)\s+\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\s+(?:here|now|my time|local time|where i am)\b/gi, ' ')
    // Session 53: "ERR 31", "error 12": an error code typed apart is the code ("e31", which the KB may never name).
    .replace(CODE_TYPED_APART, 'e$1');
  // Nor do the e-mail address or the sum paid ("it was 74,90€", "rebecca.shaw@…"): as unknown words they read as
  // the thing asked that the KB lacks.
  // Nor does the discount code typed ("my code USA20 doesn't work"): the code is the case, not the question; an error
  // code is the question ("error code E12").
  const ws = words(said.replace(IDENTIFIERS, ' ').replace(TYPED_PROMO_CODE, (m, before: string | undefined) => (before ? `${before} ` : ' '))).filter((w) => !/^[a-z]{1,4}-?\d{5,}$/.test(w));
  const groups = new Map<string, QueryTerm>();
  for (const [i, typed] of ws.entries()) {
    const translated = translateWordAt(ws, i);
    // A slip of a word the KB uses ("adress"): only in English, where the dictionary can tell a slip from a word.
    const w = !foreign && spelling && known && translated.length === 0 && !known(processTerm(typed) ?? '') ? (spelling.fix(typed) ?? typed) : typed;
    if (translated.length > 0) {
      for (const t of translated) {
        const st = processTerm(t);
        if (st && !groups.has(st)) groups.set(st, { terms: [st], optional: false });
      }
      continue;
    }
    const st = processTerm(w);
    if (!st) continue;
    // A message in a language the KB is not written in: a word the glossary cannot translate and the KB never uses
    // is most likely just a word of that language, not the thing asked that the KB lacks.
    const group = groups.get(st) ?? { terms: [st], optional: false, ...(foreign && known && !known(st) ? { scene: true } : {}) };
    for (const syn of [...expandSynonyms([w], ''), ...(names.brandedWords.get(w) ?? []), ...(names.productKinds.get(w) ?? [])]) {
      const ss = processTerm(syn);
      if (ss && !group.terms.includes(ss)) group.terms.push(ss);
    }
    groups.set(st, group);
  }
  const scene = sceneTerms(query);
  // (Session 59: not the product the story names, "the Lumen 900R is RIDICULOUSLY bright… anyway, how long does a full
  // charge take?": it is what the question is about; a model number such as "900r", not a time or an amount.)
  const devices = new Set(names.devices.map((d) => processTerm(d) ?? d));
  for (const [st, g] of groups) if (scene.has(st) && !devices.has(st) && !(/^\d+[a-z]+$|^[a-z]+\d+$/.test(st) && known?.(st))) g.scene = true;
  // A model name's words the KB never uses (modelNames.ts) count as a product name.
  if (known) {
    // ("How long is the warranty on the Summit Pro 2?": "summit" is a loyalty tier the KB knows, but the KB never names a
    // "summit pro", so all of the name is the product's.)
    for (const model of modelNameTerms(query, text)) {
      const unnamed = namesPhrase !== undefined && model.phrase.includes(' ') && !namesPhrase(model.phrase);
      for (const st of model.terms) {
        const g = groups.get(st);
        if (g && (unnamed || !g.terms.some(known))) g.product = true;
      }
    }
  }
  for (const st of askedActions(text, names.shop)) {
    const g = groups.get(st);
    if (g && !g.scene) g.action = true;
  }
  // Session 57: a phrase that says what the articles name otherwise ("€449 left my account": charged) is that, not its words.
  for (const phrase of restatedPhrases(text)) {
    const means = phrase.means.map((w) => processTerm(w)).filter((st): st is string => st !== null);
    for (const w of phrase.words) {
      const st = processTerm(w);
      const g = st ? groups.get(st) : undefined;
      if (st && g && !g.product && !means.includes(st)) groups.delete(st);
    }
    for (const st of means) if (!groups.has(st)) groups.set(st, { terms: [st], optional: false });
  }
  // Framing words ("what is your return policy?") say a topic follows; one the KB never uses is no gap in it.
  for (const w of FRAMING) if (groups.has(w) && known && !known(w) && groups.size > 1) groups.delete(w);
  const phrases = phraseHints(text, names);
  for (const hint of phrases.hints) {
    const st = processTerm(hint);
    // (Not the question shapes' "how long" → days, "how much" → cost: they say what is asked, not what about.)
    if (st && !groups.has(st)) groups.set(st, { terms: [st], optional: true, ...(SHAPE_HINTS.has(hint) ? {} : { hint: true }) });
  }
  // Session 55: "how should I store my watch?" stores a thing; "store" is also the shop, whose article then wins.
  const store = groups.get('stor');
  if (store && groups.has('storag') && STORE_VERB.test(text)) store.terms = ['storag'];
  // Session 59: "how long does a full charge take?": a battery charged, not a charge on a card ("charge" → cost).
  const charge = groups.get('charg');
  if (charge && phrases.hints.includes('charged')) {
    charge.terms = ['charg'];
    // ("full" only says the battery is charged to the end: no word of the topic.)
    groups.delete('full');
  }
  // Session 56: "I want to give back the tent": a return, not money coming back (the refunds passage's "back").
  if (phrases.hints.includes('return') && phrases.words.has('back')) {
    const back = groups.get('back');
    if (back) back.terms = ['return'];
    for (const w of phrases.words) {
      const g = /^(give|giving|hand|handing|bring|bringing)$/.test(w) ? groups.get(processTerm(w) ?? '') : undefined;
      if (g) g.optional = true;
    }
  }
  // "how long is the warranty?", "how long is it valid?": a span of years, which "long" only shapes as a question.
  const long = groups.get('long');
  if (long && /\bhow long (is|does|do|will|would)\b[^.?!]{0,30}\b(warranty|guarantee|valid|validity|good for|expire)/.test(text)) {
    long.optional = true;
    if (!groups.has('year')) groups.set('year', { terms: ['year'], optional: true });
  }
  // A word the KB never uses inside such a phrase ("forever" in "takes forever to get gps") is said by the hint.
  if (known) {
    for (const w of phrases.words) {
      const st = processTerm(w);
      const g = st ? groups.get(st) : undefined;
      if (g && !g.optional && !g.terms.some(known)) g.optional = true;
    }
  }
  // "shipping to Austria": an EU country is in the EU the shipping passages speak of (even when the KB names the
  // country elsewhere, for a payment method).
  if (SENDING.test(text)) {
    for (const [st, g] of groups) if (EU_COUNTRIES.has(st) && !g.terms.includes('eu')) g.terms.push('eu');
  }
  // A town the KB never names matches the country or region it does ("Vancouver" → canada, "Honolulu" → hawaii).
  if (known) {
    for (const place of findPlaces(query)) {
      // The name's unknown words are one concept ("Salt Lake City"): the first carries the region, the rest go.
      const unknown: string[] = place.words.map((w) => processTerm(w) ?? '').filter((st) => groups.has(st) && !groups.get(st)!.terms.some(known));
      if (unknown.length === 0) continue;
      const group: QueryTerm = groups.get(unknown[0]!)!;
      for (const r of place.region) {
        const rt = processTerm(r);
        if (rt && !group.terms.includes(rt)) group.terms.push(rt);
      }
      for (const st of unknown.slice(1)) groups.delete(st);
      // "shipping to Ghent", "postage to Italy": in a question about sending something, a place the KB names neither
      // itself nor by its country is the address, not what is asked; the articles speak of regions ("the EU") that a
      // name cannot be matched to. ("A store in Seattle?" asks about the place: it still counts.)
      if (!group.terms.some(known) && SENDING.test(text)) group.optional = true;
    }
  }
  return [...groups.values()];
}
