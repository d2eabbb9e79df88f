/**
 * `pnpm answerability-features --site DIR --input FILE.jsonl [--input FILE2.jsonl …]`: replays conversations like
 * `replay`, with the shipped passage ranker ordering the passages (the model judges the one put first) and the
 * confidence threshold alone deciding (no answerability model), and prints one JSON line per
 * customer message that found a passage: set (the file's name), id, turn, and the answerability features
 * (domain/bot/answerability.ts) the model is trained on (tools/bot-eval/answerability/train.py). Several inputs run in
 * one process (loading the dictionaries and the tagger once).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { botEntry, createBotPipeline } from '../domain/pipeline.js';
import type { TranscriptEntry } from '../domain/pipelineTypes.js';
import { isEnglishWord } from '../site/englishWords.js';
import { tagEnglish } from '../site/englishTagger.js';
import { rankerModel } from '../site/botModels.js';

const { values } = parseArgs({ options: { site: { type: 'string' }, input: { type: 'string', multiple: true } } });
if (!values.site || !values.input?.length) {
  console.error('usage: pnpm answerability-features --site DIR --input FILE.jsonl [--input FILE2.jsonl …]');
  process.exit(2);
}
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const siteDir = fromUser(values.site);
let features: Record<string, number> | null = null;
const pipeline = createBotPipeline(loadSiteFolder(siteDir, path.basename(siteDir)), isEnglishWord, tagEnglish, { ranker: rankerModel }, (f) => (features = f));

for (const input of values.input) {
  const set = path.basename(input, '.jsonl');
  for (const line of readFileSync(fromUser(input), 'utf8').split('\n').filter((l) => l.trim())) replayOne(set, line);
}

function replayOne(set: string, line: string): void {
  const c = JSON.parse(line) as { id: string; customer: { tier?: string; locale?: string; name?: string; email?: string }; turns: string[] };
  const { tier, locale, name, email } = c.customer;
  const transcript: TranscriptEntry[] = [];
  let seq = 0;
  for (const [t, body] of c.turns.entries()) {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    features = null;
    const r = pipeline.handleTurn({ transcript, customer: { tier, locale, name, email }, state: 'bot' });
    if (features) console.log(JSON.stringify({ set, id: c.id, turn: t + 1, f: features }));
    if (r.reply) transcript.push(botEntry(++seq, r.reply));
    if (r.escalation) break;
  }
}
