/**
 * Intent → skill queue. The general intent classifier (domain/intent: TF-IDF over word
 * uni/bigrams and word-bounded character n-grams, one-vs-rest linear SVM) trained on
 * each skill's name, description clauses and example phrases. Spanish and German
 * support words also count as their English equivalents (bot/glossary), so a message
 * in es/de still reaches the right team. Built once per site; classifying is one pass
 * over the message's features.
 */
import { translateTerms } from '../bot/glossary.js';
import { STOP_WORDS } from '../bot/text.js';
import { trainTextClassifier, type TextClassifier, type TrainingExample } from '../intent/classifier.js';
import type { SiteConfig } from '../pipelineTypes.js';

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

export function buildSkillClassifier(site: SiteConfig): SkillClassifier {
  const fallback = site.defaultSkill || site.skills[0]?.id || '';
  const model: TextClassifier = trainTextClassifier(skillTrainingExamples(site), {
    features: { expand: translateTerms, stopWords: STOP_WORDS, charRange: [3, 5], charWeight: 0.6 },
    C: 1,
  });
  return {
    site,
    classify(text: string) {
      const r = model.classify(text);
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
