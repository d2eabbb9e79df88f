/**
 * Finds product and other proper names in KB articles, with no list to maintain.
 * A name is a capitalised word that never appears in lower case in the KB and is
 * not at the start of a sentence (so "After", "Returns" or "Account > Orders" don't
 * count). `products` are the subset that look like products: followed by a model
 * token ("Lumen 900R", "Pace 5") or followed by a product
 * noun ("Stormshell range", "Trailsense GPS watches").
 */
import type { Article } from '../pipelineTypes.js';

const PRODUCT_NOUN =
  /^(?:[A-Z]{2,5} |[a-z]+ )?(watch|watches|jacket|jackets|range|tent|tents|headlamp|headlamps|lamp|lamps|pendant|pendants|shade|shades|app|bank|banks|pack|packs|boots|shoes|bag|bags|model|models|series|collection|light|lights|lantern|lanterns|blanket|blankets|throw|throws|rug|rugs|cushion|cushions|pillow|pillows|bulb|bulbs|duvet|duvets|cover|covers|sheet|sheets|curtain|curtains|towel|towels|quilt|quilts|kit|set)\b/;

export interface KbNames {
  /** All proper names (products, places, brands): entity words rather than topic words. */
  names: string[];
  /** Names that look like products, as written in the KB. */
  products: string[];
}

function cleanProse(md: string): string {
  return md
    .replace(/\*\*/g, '')
    .replace(/\*[^*\n]+\*/g, ' . ') // cross-references like *Returns policy* are titles, not names
    .replace(/"[^"\n]*"/g, ' . ') // UI labels in quotes
    .replace(/\b[A-Z][a-zA-Z]* ?> ?[A-Z][^\n.,;:]*/g, ' . ') // menu paths: Account > Orders > Edit
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '. ')
    .replace(/^#+\s+.*$/gm, '.');
}

export function kbNames(articles: readonly Article[]): KbNames {
  const prose = articles.map((a) => cleanProse(a.body)).join('\n.\n');
  const lowerWords = new Set(prose.match(/\b[a-z][a-z]+\b/g) ?? []);
  const names = new Set<string>();
  const products = new Set<string>();
  // Not after sentence boundaries or line starts: require a preceding lowercase letter, digit or comma.
  const re = /(?<=[a-z0-9,)] )([A-Z][a-z]+(?:[A-Z][a-z]+)*(?: [A-Z][a-z]+(?:[A-Z][a-z]+)*)?)(?: (\d+[A-Za-z]{0,2}))?(?=([^\n]{0,40}))/g;
  for (const m of prose.matchAll(re)) {
    const name = m[1]!;
    const firstWord = name.split(' ')[0]!;
    if (lowerWords.has(firstWord.toLowerCase())) continue;
    const model = m[2];
    const after = (m[3] ?? '').trim();
    names.add(name);
    if (model && !/\d:\d/.test(m[0] + (m[3] ?? '').slice(0, 2))) {
      products.add(`${name} ${model}`);
      names.add(`${name} ${model}`);
    } else if (PRODUCT_NOUN.test(after)) {
      products.add(name);
    }
  }
  // Model names anywhere, including list items and headings: "Lumen 400", "Pace 5".
  for (const a of articles) {
    for (const m of a.body.replace(/\*\*/g, '').matchAll(/\b([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)*) (\d+[A-Za-z]{0,2})\b(?![:.,]?\d)(?! (?:hours?|days?|minutes?|weeks?|months?|years?|business|points?|percent))/g)) {
      const parts = m[1]!.split(' ');
      if (parts.some((p) => lowerWords.has(p.toLowerCase()))) continue;
      products.add(`${m[1]} ${m[2]}`);
      names.add(`${m[1]} ${m[2]}`);
      // "Northwind Pace 5" is also typed as "Pace 5".
      if (parts.length > 1) products.add(`${parts[parts.length - 1]} ${m[2]}`);
    }
  }
  return { names: [...names], products: [...products] };
}
