/**
 * Intent → skill queue. The general intent classifier (domain/intent: TF-IDF over word
 * uni/bigrams and word-bounded character n-grams, one-vs-rest linear SVM) trained on
 * each skill's name, description clauses and example phrases, then again with the
 * knowledge base's passages added, each labelled with the team its article's title
 * belongs to. Spanish and German support words also count as their English equivalents
 * (bot/glossary), so a message in es/de still reaches the right team. Product names
 * are blanked out on both sides: any team may get a question about any product, and
 * with a handful of examples per team a product name otherwise outweighs what is asked.
 * Built once per site; classifying is one pass over the message's features.
 */
import { translateTerms } from '../bot/glossary.js';
import { chargeSenseForRouting } from './chargeSense.js';
import { splitPassages } from '../bot/knowledgeBase.js';
import { kbNames } from '../bot/productNames.js';
import { orderNumberPrefixes } from '../summary/entities.js';
import { PREFIXED_ID } from '../summary/factPatterns/identifiers.js';
import { STOP_WORDS } from '../bot/text.js';
import { escapeRegExp } from '../common/text.js';
import { trainTextClassifier, type TextClassifier, type TextClassifierOptions, type TrainingExample } from '../intent/classifier.js';
import type { Article, SiteConfig } from '../pipelineTypes.js';

export interface SkillClassifier {
  site: SiteConfig;
  classify(text: string): { skill: string; confidence: number };
}

/** The training texts for a site's skills: name, each description clause, each example. */
export function skillTrainingExamples(site: SiteConfig): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const s of site.skills) {
    const clauses = s.description
      .split(/[,.;:()]|\band\b|\bor\b/)
      .map((c) => c.trim())
      .filter(Boolean);
    for (const text of [s.name, ...clauses, ...s.examples]) out.push({ text, label: s.id });
  }
  return out;
}

/**
 * Titles name an article's topic plainly ("Warranty", "Refunds"); a body also talks about
 * products and care, which would pull it towards the wrong team. Below this confidence the
 * article's team is unclear and its passages are left out.
 */
const KB_LABEL_CONFIDENCE = 0.7;

const OPTIONS: TextClassifierOptions = {
  features: { expand: translateTerms, stopWords: STOP_WORDS, charRange: [3, 5], charWeight: 0.6 },
  C: 1,
};

/**
 * Blanks out the KB's product names. A name the site's own skill text uses ("declined",
 * found as "PAY-101 Declined by bank") is a topic word, not a product, and stays.
 */
export function productMask(site: SiteConfig, articles: readonly Article[]): (text: string) => string {
  const skillText = site.skills.map((s) => `${s.name} ${s.description} ${s.examples.join(' ')}`).join(' ').toLowerCase();
  const products = kbNames(articles)
    .products.filter((p) => !new RegExp(`\\b${escapeRegExp(p.toLowerCase())}\\b`).test(skillText))
    .sort((a, b) => b.length - a.length);
  if (products.length === 0) return (text) => text;
  const re = new RegExp(`\\b(?:${products.map(escapeRegExp).join('|')})\\b`, 'gi');
  return (text) => text.replace(re, ' ');
}

/** Each KB passage (with its article's title) labelled with the team the title is classified to, when clear. */
export function kbTrainingExamples(articles: readonly Article[], titleModel: TextClassifier, mask: (text: string) => string): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const a of articles) {
    const r = titleModel.classify(mask(a.title));
    if (!r.known || r.confidence < KB_LABEL_CONFIDENCE) continue;
    for (const p of splitPassages(a)) out.push({ text: mask(`${a.title}\n${p.text}`), label: r.label });
  }
  return out;
}

/**
 * An order number in the shop's own format says the customer is talking about an order they placed; as a
 * string of digits it says nothing to the classifier, as the word "order" it does.
 */
export function orderNumbersAsWords(articles: readonly Article[]): (text: string) => string {
  const prefixes = orderNumberPrefixes(articles);
  if (prefixes.size === 0) return (text) => text;
  return (text) => text.replace(PREFIXED_ID, (m, prefix: string) => (prefixes.has(prefix.toUpperCase()) ? ' order ' : m));
}

/**
 * What support teams with these conventional ids usually handle, beyond what a site's few examples say: services
 * and repairs, gift notes, split invoices, data corrections are routed the same way in most shops (and as the
 * labelling guide of the eval material routes them). Added to a site's training text only for skills with these
 * ids; a site that names its teams differently, or writes its own examples, is not affected.
 */
export const CONVENTIONAL_EXAMPLES: Record<string, string[]> = {
  billing: ['split the invoice in two', 'separate invoices for two companies', 'invoice made out to a different name', 'loyalty points missing from my balance', 'charged for something I did not buy'],
  orders: ['add a gift note to the parcel', 'can you gift wrap it', 'leave the price off the packing slip', 'deliver it on a specific date', 'my warranty claim was rejected', 'the item arrived damaged'],
  technical: ['do you offer a repair service', 'can I send it in to be fixed', 'a paid repair now the warranty is over', 'replace the worn out battery for a fee', 'a re-proofing service for my jacket', 'get the waterproofing redone', 'the device will not turn on', 'the app keeps crashing'],
  sales: ['can you engrave a name on it', 'do you rent out gear', 'sponsor our club', 'do you work with creators or send review units', 'an ambassador or partnership programme', 'do you sell an accessory that fits it', 'a trade-in or part exchange on my old one', 'sold out, when will you have more in stock', 'a corporate rate or business account for our team', 'buy a spare part or replacement section', 'put one aside for me to pick up', 'when is it back in stock', 'will it be restocked', 'a discount for our group', 'bulk price for a big order', 'how heavy is it packed', 'which of the two models is lighter', 'match a lower price from another shop'],
  privacy: ['my name is spelled wrong in my account', 'correct my personal details', 'my surname is spelt wrong, please correct it', 'where is my data stored', 'which companies get my data', 'how long do you keep my chats', 'still getting marketing emails after I unsubscribed'],
};

/** The conventional examples for the site's skills whose ids are conventional. */
export function conventionalExamples(site: SiteConfig): TrainingExample[] {
  return site.skills.flatMap((sk) => (CONVENTIONAL_EXAMPLES[sk.id] ?? []).map((text) => ({ text, label: sk.id })));
}

/** A watch's heart rate is a reading, not a rate anyone pays ("a corporate rate" is the sales team's word). */
const HEART_RATE = /\bheart[- ]?rate\b/gi;

export function buildSkillClassifier(site: SiteConfig, articles: readonly Article[] = []): SkillClassifier {
  const fallback = site.defaultSkill || site.skills[0]?.id || '';
  const products = productMask(site, articles);
  const orders = orderNumbersAsWords(articles);
  const mask = (text: string) => chargeSenseForRouting(orders(products(text))).replace(HEART_RATE, 'pulse sensor');
  const own = [...skillTrainingExamples(site), ...conventionalExamples(site)].map((e) => ({ ...e, text: mask(e.text) }));
  let model: TextClassifier = trainTextClassifier(own, OPTIONS);
  const fromKb = kbTrainingExamples(articles, model, mask);
  if (fromKb.length > 0) model = trainTextClassifier([...own, ...fromKb], OPTIONS);
  return {
    site,
    classify(text: string) {
      const r = model.classify(mask(text));
      if (!r.known || r.label === '') return { skill: fallback, confidence: 0 };
      return { skill: r.label, confidence: Math.round(r.confidence * 1000) / 1000 };
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
