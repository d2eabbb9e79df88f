/**
 * Which of the passages found answers. The coverage confidence (knowledgeBase.ts) says how much of the question a
 * passage holds, counting a word found elsewhere in its article at half and a synonym in full; BM25 says how much it
 * is about the question's words, and one repeated word lifts it ("code" for "voucher"). Mixing the two by a fixed
 * weight put the answering passage first for 58 % of 3,053 labelled answerable questions. A tree model (trained
 * offline on those questions, tools/bot-eval/ranker/) orders the ten best BM25 candidates by these numbers instead:
 * shares of the question's weight, BM25 and the fixed mix relative to the best candidate's, the gaps to the best,
 * length; it names no word of any site. It is monotone in the evidence (more coverage or BM25 never scores lower).
 */
import type { Passage } from './knowledgeBase.js';
import { termsOf } from './text.js';

export interface RankCandidate {
  passage: Passage;
  confidence: number;
  incidental: boolean;
  explainsCode: boolean;
  /** The question names the article by two neighbouring words of its title. */
  named: boolean;
  /** BM25 relative to the best candidate's. */
  bm25: number;
  /** The question names the article in a close call, which lifts its confidence (knowledgeBase.ts `titleConfidence`). */
  boosted: boolean;
  /** The fixed mix of confidence (lifted) and BM25 that ordered the candidates before the ranker. */
  mix: number;
}

/** A term of the question, as the ranker reads it: its stemmed forms (typed first, synonyms after) and its weight. */
export interface RankTerm {
  terms: string[];
  weight: number;
}

const headings = new WeakMap<Passage, Set<string>>();

/** The terms of a passage's article title and heading, worked out once per passage. */
function headingTerms(passage: Passage): Set<string> {
  let terms = headings.get(passage);
  if (!terms) headings.set(passage, (terms = new Set(termsOf(`${passage.articleTitle} ${passage.heading}`))));
  return terms;
}

export function rankFeatures(passageTerms: readonly Set<string>[], query: readonly RankTerm[], candidates: readonly RankCandidate[], storyWords: number): Record<string, number>[] {
  const total = query.reduce((s, q) => s + q.weight, 0) || 1;
  const rows = candidates.map((c, i) => {
    const inPassage = passageTerms[c.passage.id]!;
    const heading = headingTerms(c.passage);
    let typed = 0;
    let synonym = 0;
    let inHeading = 0;
    let found = 0;
    for (const q of query) {
      if (inPassage.has(q.terms[0]!)) {
        typed += q.weight;
        found++;
      } else if (q.terms.slice(1).some((t) => inPassage.has(t))) {
        synonym += q.weight;
        found++;
      }
      if (q.terms.some((t) => heading.has(t))) inHeading += q.weight;
    }
    return {
      conf: c.confidence,
      inc: c.incidental ? 1 : 0,
      bm: c.bm25,
      bmi: i,
      named: c.named ? 1 : 0,
      code: c.explainsCode ? 1 : 0,
      boost: c.boosted ? 1 : 0,
      mix: c.mix,
      pcov: typed / total,
      scov: synonym / total,
      hcov: inHeading / total,
      nreq: query.length,
      np: found,
      len: Math.log(1 + c.passage.text.length),
      intro: c.passage.heading ? 0 : 1,
      story: storyWords,
      // (Declared here, filled below: an object that gains keys later turns into a slow dictionary for the ranker.)
      d_conf: 0,
      d_pcov: 0,
      d_hcov: 0,
      d_bm: 0,
      d_mix: 0,
    };
  });
  // Against the best candidate of the same question: the numbers alone are not comparable across questions.
  for (const k of ['conf', 'pcov', 'hcov', 'bm', 'mix'] as const) {
    const best = Math.max(...rows.map((r) => r[k]));
    for (const r of rows) r[`d_${k}`] = best - r[k];
  }
  return rows;
}
