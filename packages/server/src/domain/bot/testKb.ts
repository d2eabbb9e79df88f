/** Tests' own small knowledge bases: an article in one line, a KB of them for a made-up shop. */
import type { Article } from '../pipelineTypes.js';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledgeBase.js';

export const article = (id: string, title: string, body: string): Article => ({ id, title, body });

export function kbOf(articles: Article[], shop = 'Acme Outdoors'): KnowledgeBase {
  return buildKnowledgeBase(articles, undefined, undefined, shop);
}
