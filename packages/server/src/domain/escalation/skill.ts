/**
 * Intent → skill queue. A small TF-IDF nearest-centroid classifier trained from each
 * skill's description and examples, over stemmed words, word bigrams and character
 * 4-grams (so "deliveries" still meets "delivery", and typos half-match). Spanish and
 * German support words are mapped to English first (see bot/glossary). Built once
 * per site; classifying is a few sparse dot products.
 */
import { translateTerms } from '../bot/glossary.js';
import { STOP_WORDS, stem, words } from '../bot/text.js';
import type { SiteConfig } from '../pipelineTypes.js';

type Vector = Map<string, number>;
/** Weight of the skill centroid vs the single closest example. */
const CENTROID_WEIGHT = 0.6;

export interface SkillClassifier {
  site: SiteConfig;
  classify(text: string): { skill: string; confidence: number };
}

function features(text: string): Map<string, number> {
  const ws = words(text);
  const terms: string[] = [];
  for (const w of ws) if (!STOP_WORDS.has(w) && w.length > 1 && !/^[a-z]{1,4}-?\d{5,}$/.test(w)) terms.push(stem(w));
  for (const t of translateTerms(ws)) terms.push(stem(t));
  const f = new Map<string, number>();
  const add = (k: string, v: number) => f.set(k, (f.get(k) ?? 0) + v);
  for (const t of terms) add(`w:${t}`, 1);
  for (let i = 0; i + 1 < terms.length; i++) add(`b:${terms[i]}_${terms[i + 1]}`, 0.5);
  for (const t of terms) {
    if (t.length < 5 || /\d/.test(t)) continue;
    for (let i = 0; i + 4 <= t.length; i++) add(`c:${t.slice(i, i + 4)}`, 0.25);
  }
  // Codes carry their family: "pay-402" → payment code, "e33" → device error code.
  for (const w of ws) {
    const m = /^([a-z]{1,4})-?\d{2,4}$/.exec(w);
    if (m) add(`code:${m[1]}`, 1);
  }
  return f;
}

function tfidf(f: Map<string, number>, idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [k, tf] of f) {
    const w = (1 + Math.log(tf)) * (idf.get(k) ?? 0);
    if (w <= 0) continue;
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) s += w * o;
  }
  return s;
}

export function buildSkillClassifier(site: SiteConfig): SkillClassifier {
  return buildFromDocs(site);
}

function buildFromDocs(site: SiteConfig): SkillClassifier {
  // One training document per example and per description clause.
  const docs: { skill: string; f: Map<string, number> }[] = [];
  for (const s of site.skills) {
    const clauses = [s.name, ...s.description.split(/[,.;]|\band\b/).map((c) => c.trim()).filter(Boolean), ...s.examples];
    for (const c of clauses) docs.push({ skill: s.id, f: features(c) });
  }
  // IDF over skills, not documents: a word every billing example uses is what makes billing billing.
  const skillsWith = new Map<string, Set<string>>();
  for (const d of docs) for (const k of d.f.keys()) (skillsWith.get(k) ?? skillsWith.set(k, new Set()).get(k)!).add(d.skill);
  const idf = new Map<string, number>();
  for (const [k, set] of skillsWith) idf.set(k, Math.log(1 + site.skills.length / set.size));

  const docVectors = docs.map((d) => ({ skill: d.skill, v: tfidf(d.f, idf) }));
  const centroids = new Map<string, Vector>();
  for (const s of site.skills) {
    const merged = new Map<string, number>();
    for (const d of docs) if (d.skill === s.id) for (const [k, n] of d.f) merged.set(k, (merged.get(k) ?? 0) + n);
    centroids.set(s.id, tfidf(merged, idf));
  }

  return {
    site,
    classify(text: string) {
      const q = tfidf(features(text), idf);
      const scores = site.skills.map((s) => {
        let best = 0;
        for (const d of docVectors) if (d.skill === s.id) best = Math.max(best, dot(q, d.v));
        // Centroid = the skill's vocabulary as a whole; best example = a close paraphrase.
        return { skill: s.id, score: CENTROID_WEIGHT * dot(q, centroids.get(s.id)!) + (1 - CENTROID_WEIGHT) * best };
      });
      scores.sort((a, b) => b.score - a.score);
      const top = scores[0]!;
      const second = scores[1]?.score ?? 0;
      if (top.score <= 0) return { skill: site.defaultSkill, confidence: 0 };
      const confidence = Math.min(1, (top.score - second) / top.score + 0.2 * Math.min(1, top.score * 3));
      return { skill: top.skill, confidence: Math.round(confidence * 1000) / 1000 };
    },
  };
}

const cache = new WeakMap<SiteConfig, SkillClassifier>();

/** Convenience: classifies with a classifier cached per site config object. */
export function classifySkill(site: SiteConfig, text: string): { skill: string; confidence: number } {
  let c = cache.get(site);
  if (!c) {
    c = buildSkillClassifier(site);
    cache.set(site, c);
  }
  return c.classify(text);
}
