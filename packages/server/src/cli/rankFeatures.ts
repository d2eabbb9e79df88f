/**
 * `pnpm rank-features --site DIR --labels answers.jsonl --input SET.jsonl [--input …]`: for each labelled answerable
 * question (tools/bot-eval/answers.jsonl: set, id, turn, evidence) of the given sets, searches the KB with the
 * customer's message and prints one JSON line: set, id, turn and each candidate passage's ranking features
 * (domain/bot/passageRank.ts) with y = 1 when the passage holds one of the question's evidence phrases. The ranker is
 * trained on these (tools/bot-eval/ranker/train.py); the search here runs without a ranker, so the features are the
 * same whatever ranker ships; `mixFirst` is the candidate the fixed mix of confidence and BM25 puts first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { buildKnowledgeBase, searchKnowledgeBase } from '../domain/bot/knowledgeBase.js';
import { isEnglishWord } from '../site/englishWords.js';

const { values } = parseArgs({ options: { site: { type: 'string' }, labels: { type: 'string' }, input: { type: 'string', multiple: true } } });
if (!values.site || !values.labels || !values.input?.length) {
  console.error('usage: pnpm rank-features --site DIR --labels answers.jsonl --input SET.jsonl [--input SET2.jsonl …]');
  process.exit(2);
}
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const siteDir = fromUser(values.site);
const kb = buildKnowledgeBase(loadSiteFolder(siteDir, path.basename(siteDir)).articles, isEnglishWord);
let rows: { passageId: number; features: Record<string, number> }[] = [];
kb.onRankFeatures = (r) => (rows = r);

const jsonLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const turns = new Map<string, string[]>();
for (const input of values.input) {
  const set = path.basename(input, '.jsonl');
  for (const c of jsonLines(fromUser(input))) turns.set(`${set}:${c.id as string}`, c.turns as string[]);
}
// As tools/bot-eval/answers.py compares: markdown and case ignored, whitespace normalised.
const norm = (s: string) => s.replace(/[*#`_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
for (const label of jsonLines(fromUser(values.labels))) {
  const { set, id, turn, kind, article, evidence } = label as { set: string; id: string; turn: number; kind: string; article: string | null; evidence: string[] };
  const said = turns.get(`${set}:${id}`)?.[turn - 1];
  if (kind !== 'question' || !article || said === undefined) continue;
  rows = [];
  const first = searchKnowledgeBase(kb, said, 1)[0];
  // A phrase of a word or two ("7 days", quoted from bold text) is only evidence in the labelled article.
  const answers = (passageId: number) => evidence.some((e) => norm(kb.passages[passageId]!.text).includes(norm(e)) && (e.trim().split(/\s+/).length >= 3 || kb.passages[passageId]!.articleId === article));
  const candidates = rows.map(({ passageId, features }) => ({ y: answers(passageId) ? 1 : 0, f: features }));
  // The candidate the fixed mix puts first, to compare a ranker with.
  console.log(JSON.stringify({ set, id, turn, mixFirst: rows.findIndex((r) => r.passageId === first?.passage.id), candidates }));
}
