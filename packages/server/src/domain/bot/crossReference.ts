/**
 * A passage that only points elsewhere ("If none of this helps, make a warranty claim (see *Warranty*).") is no answer
 * when the article it points to was found too: the customer gets the passage that says how.
 */
import type { KbHit, KnowledgeBase } from './knowledgeBase.js';

const POINTER = /\bsee \*([^*]{2,60})\*/;
/** Longer passages say something of their own besides the pointer ("Don't want it any more? Refuse the delivery…"). */
const POINTER_ONLY_CHARS = 170;
/** The article pointed to must be a fair match itself, not just present among the hits. */
const TARGET_SHARE = 0.5;

export function followReference(kb: KnowledgeBase, hits: readonly KbHit[]): KbHit | undefined {
  const top = hits[0];
  if (!top) return undefined;
  const text = kb.passages[top.passage.id]!.text.replace(/^\*\*[^*\n]+\*\*\n/, '');
  const m = POINTER.exec(text);
  if (!m || text.length > POINTER_ONLY_CHARS) return top;
  const title = m[1]!.toLowerCase();
  const target = hits.find((h) => h !== top && h.articleId !== top.articleId && h.articleTitle.toLowerCase().startsWith(title) && h.confidence >= TARGET_SHARE * top.confidence);
  return target ? { ...target, confidence: Math.max(top.confidence, target.confidence) } : top;
}
