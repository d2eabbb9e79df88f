/**
 * The site's own names that the detectors' patterns read, so no pattern names one site's brand or products:
 * the shop as customers call it (site.json `name`) and the KB's products that run on a battery.
 */
import { kbNames } from '../bot/productNames.js';
import { findPlaces } from '../bot/places.js';
import { escapeRegExp, normalise } from '../common/text.js';
import type { Article } from '../pipelineTypes.js';

export interface SiteNames {
  /** site.json `name` ("Northwind Gear"). */
  shop: string;
  /** The KB's products that run on a battery, in lower case as typed ("voltpack", "lumen", "pace"). */
  devices: readonly string[];
  /** The KB's branded word for a plain one, by the plain word: "points" → ["trailpoints"]. */
  brandedWords: ReadonlyMap<string, readonly string[]>;
  /** What kind of thing a product is, by its name's word, as the KB says it: "trailsense" → ["watch"]. */
  productKinds: ReadonlyMap<string, readonly string[]>;
}

export const NO_NAMES: SiteNames = { shop: '', devices: [], brandedWords: new Map(), productKinds: new Map() };

/** A word of a name that says nothing of whose name it is ("The Lamp Store" is "lamp"). */
const GENERIC = /^(the|and|our|your|shop|store)$/;

/** "Northwind Gear" → ["northwind gear", "northwind"]: the name, and its first word of its own, which the KB and customers use alone. */
export function shopWords(shop: string): string[] {
  const full = normalise(shop).replace(/\s+/g, ' ').trim();
  const first = (full.match(/[a-z0-9]{3,}/g) ?? []).find((w) => !GENERIC.test(w));
  return [...new Set([full, first ?? ''])].filter((w) => w !== '');
}

/** Products the KB speaks of beside a battery or charging ("Charge the Lumen 900R over USB-C"): a jacket is puffy by nature, a power bank is not. */
const BATTERY = /\b(batter(y|ies)|charg\w*|mah|wh|usb[- ]?c?|power ?banks?)\b/i;

/** The KB's battery products by the first word that is not the shop's: "Northwind Pace 5" → "pace". */
export function batteryProducts(articles: readonly Article[], shop: string, found = kbNames(articles)): string[] {
  const shopWord = new Set(shopWords(shop));
  const prose = articles.map((a) => a.body.replace(/\*\*/g, '')).join('\n');
  const sentences = prose.split(/(?<=[.!?])\s+|\n+/).filter((s) => BATTERY.test(s));
  const out = new Set<string>();
  for (const name of found.products) {
    if (!sentences.some((s) => new RegExp(String.raw`\b${escapeRegExp(name)}\b`).test(s))) continue;
    const word = name.toLowerCase().split(' ').find((w) => !shopWord.has(w) && !/\d/.test(w));
    if (word) out.add(word);
  }
  return [...out];
}

/** A programme named by a brand glued to a plain word ("Trailpoints"): a customer types the plain word ("my points"). */
const BRANDED = /\b[A-Z][a-z]{2,}(points|rewards|miles|perks)\b/g;

export function brandedWords(articles: readonly Article[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of articles) {
    for (const m of `${a.title}\n${a.body}`.matchAll(BRANDED)) {
      const [word, plain] = [m[0].toLowerCase(), m[1]!];
      const known = out.get(plain) ?? [];
      if (!known.includes(word)) out.set(plain, [...known, word]);
    }
  }
  return out;
}

/**
 * Products the KB names together with their kind ("covers the Northwind Pace 5 and Trailsense GPS watches"): a
 * customer asks about "my Trailsense", the article on pairing speaks of "a watch". By the name's first word that is
 * not the shop's, the kind singular ("watches" → "watch").
 */
export function productKinds(articles: readonly Article[], shop: string, found = kbNames(articles)): Map<string, string[]> {
  const shopWord = new Set(shopWords(shop));
  // Products as kbNames reads them, and names the KB sets in bold ("**Acme Nightjar**"), as product pages do.
  const allText = articles.map((a) => a.body).join('\n');
  // (Not a town in bold: "**Berlin**" heads a store's address.)
  const bold = found.names.filter((n) => allText.includes(`**${n}**`) && findPlaces(n).length === 0);
  const products = [...new Set([...found.products, ...bold])].sort((a, b) => b.length - a.length);
  const out = new Map<string, string[]>();
  if (products.length === 0) return out;
  const everything = articles.map((a) => `${a.title}\n${a.body}`).join('\n');
  const name = `(?:${products.map(escapeRegExp).join('|')})`;
  const listed = new RegExp(String.raw`\b(${name}(?:\s*(?:,|and|or|&)\s*(?:the\s+)?${name})*)\s+(?:[A-Za-z]+\s+)?([a-z]{3,}?)(?:es|s)\b`, 'g');
  for (const a of articles) {
    const prose = a.body.replace(/\*\*/g, '');
    for (const m of prose.matchAll(listed)) {
      // "watches" → "watch", "tents" → "tent"; the kind must be a noun the KB uses in the singular too ("a watch"),
      // not a verb after a name ("the Trailsense supports…").
      const kind = [m[2]!, `${m[2]!}e`].find((k) => new RegExp(String.raw`\b${k}\b`, 'i').test(everything) && new RegExp(String.raw`\b(a|an|the|your|each|every|one|this|that)\s+(\w+\s+)?${k}\b`, 'i').test(everything));
      // Places are listed the same way ("our Berlin and Portland stores"): no product's kind.
      if (!kind || /^(store|shop|office|branch|location|site|warehouse|countr|citie|town)$/.test(kind)) continue;
      for (const product of products.filter((p) => new RegExp(String.raw`\b${escapeRegExp(p)}\b`).test(m[1]!))) {
        const word = product.toLowerCase().split(' ').find((w) => !shopWord.has(w) && !/\d/.test(w));
        if (word && !(out.get(word) ?? []).includes(kind)) out.set(word, [...(out.get(word) ?? []), kind]);
      }
    }
  }
  return out;
}

/** `found`: the KB's names when the caller has read them already (buildKnowledgeBase does). */
export function siteNames(shop: string, articles: readonly Article[], found = kbNames(articles)): SiteNames {
  return { shop, devices: batteryProducts(articles, shop, found), brandedWords: brandedWords(articles), productKinds: productKinds(articles, shop, found) };
}

/** A long product name with its ending as typed or mistyped ("voltpak", "voltpacks" for VoltPack). */
function deviceForms(devices: readonly string[]): string {
  return devices.length ? `(?:${devices.map((d) => (d.length >= 6 ? `${escapeRegExp(d.slice(0, -2))}\\w*` : escapeRegExp(d))).join('|')})` : '(?!)';
}

const built = new WeakMap<RegExp, Map<string, RegExp>>();

function alternation(words: readonly string[]): string {
  return words.length ? `(?:${words.map(escapeRegExp).join('|')})` : '(?!)';
}

/**
 * `re` with its marks filled in: `<shop>` by the shop's names, `<device>` by its battery products (nothing matches a
 * mark the site has no name for). Built once per pattern and site.
 */
export function named(re: RegExp, names: Pick<SiteNames, 'shop' | 'devices'>): RegExp {
  const key = `${names.shop}\n${names.devices.join('|')}`;
  let bySite = built.get(re);
  if (!bySite) built.set(re, (bySite = new Map()));
  let out = bySite.get(key);
  if (!out) {
    out = new RegExp(re.source.replaceAll('<shop>', alternation(shopWords(names.shop))).replaceAll('<device>', deviceForms(names.devices)), re.flags);
    bySite.set(key, out);
  }
  return out;
}

/** `re` with its `<shop>` marks read as the shop's names ("northwind gear|northwind"). */
export function namedShop(re: RegExp, shop: string): RegExp {
  return named(re, { shop, devices: [] });
}
