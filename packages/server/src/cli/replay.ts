/**
 * `pnpm replay --site DIR --input FILE.jsonl`: feeds recorded customer turns through the live bot pipeline
 * (the same handleTurn/buildPackage the server's BotTurns and Escalations call) and prints one JSON line per
 * conversation: escalate, atTurn, reason, skill, language, package {summary, facts}, replies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { botEntry, createBotPipeline } from '../domain/pipeline.js';
import { conversationLanguage } from '../domain/escalation/language.js';
import type { TranscriptEntry } from '../domain/pipelineTypes.js';
import { isEnglishWord } from '../site/englishWords.js';
import { tagEnglish } from '../site/englishTagger.js';
import { botModels } from '../site/botModels.js';

const Conversation = z.object({
  id: z.string(),
  customer: z.object({ name: z.string().optional(), email: z.string().optional(), tier: z.string().optional(), locale: z.string().optional() }).passthrough(),
  turns: z.array(z.string()).min(1),
});

const { values } = parseArgs({ options: { site: { type: 'string' }, input: { type: 'string' } } });
if (!values.site || !values.input) {
  console.error('usage: pnpm replay --site DIR --input FILE.jsonl');
  process.exit(2);
}
// Paths are relative to where the user ran pnpm, not to this package.
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const siteDir = fromUser(values.site);
const site = loadSiteFolder(siteDir, path.basename(siteDir));
const pipeline = createBotPipeline(site, isEnglishWord, tagEnglish, botModels);
const lines = readFileSync(fromUser(values.input), 'utf8').split('\n').filter((l) => l.trim());

lines.forEach((line, i) => {
  const parsed = Conversation.safeParse(JSON.parse(line));
  if (!parsed.success) {
    console.error(`${values.input}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    process.exit(2);
  }
  const c = parsed.data;
  const { tier, locale, name, email } = c.customer;
  const customer = { tier, locale, name, email };
  const transcript: TranscriptEntry[] = [];
  const replies: string[] = [];
  let out: Record<string, unknown> = { id: c.id, escalate: false, atTurn: null, reason: null, skill: null, language: null, package: { summary: '', facts: [] }, replies };
  let seq = 0;
  for (const [t, body] of c.turns.entries()) {
    transcript.push({ seq: ++seq, authorType: 'visitor', body, meta: {} });
    const r = pipeline.handleTurn({ transcript, customer, state: 'bot' });
    if (r.reply) {
      replies.push(r.reply.text);
      transcript.push(botEntry(++seq, r.reply));
    }
    if (r.escalation) {
      const pkg = pipeline.buildPackage({ transcript, customer, decision: r.escalation, nowIso: new Date(0).toISOString() });
      out = { ...out, escalate: true, atTurn: t + 1, reason: r.escalation.reason, skill: r.escalation.skill, language: r.escalation.language, package: { summary: pkg.summary, facts: pkg.facts.map((f) => f.value) } };
      break;
    }
  }
  if (!out.escalate) out.language = conversationLanguage(transcript, site.config.kb.language);
  console.log(JSON.stringify(out));
});
