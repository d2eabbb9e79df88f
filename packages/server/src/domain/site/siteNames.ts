/**
 * The site's own names that the detectors' patterns read, so no pattern names one site's brand or products:
 * the shop as customers call it (site.json `name`) and the KB's products that run on a battery.
 */
import { kbNames } from '../bot/productNames.js';
import { escapeRegExp, normalise } from '../common/text.js';
import type { Article } from '../pipelineTypes.js';

export interface SiteNames {
  /** site.json `name` ("Northwind Gear"). */
  shop: string;
  /** The KB's products that run on a battery, in lower case as typed ("voltpack", "lumen", "pace"). */
  devices: readonly string[];
  /** The KB's branded word for a plain one, by the plain word: "points" → ["trailpoints"]. */
  brandedWords: ReadonlyMap<string, readonly string[]>;
}

export const NO_NAMES: SiteNames = { shop: '', devices: [], brandedWords: new Map() };

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
export function batteryProducts(articles: readonly Article[], shop: string): string[] {
  const shopWord = new Set(shopWords(shop));
  const prose = articles.map((a) => a.body.replace(/\*\*/g, '')).join('\n');
  const sentences = prose.split(/(?<=[.!?])\s+|\n+/).filter((s) => BATTERY.test(s));
  const out = new Set<string>();
  for (const name of kbNames(articles).products) {
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

export function siteNames(shop: string, articles: readonly Article[]): SiteNames {
  return { shop, devices: batteryProducts(articles, shop), brandedWords: brandedWords(articles) };
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
