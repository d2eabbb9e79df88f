/**
 * `pnpm replay --site DIR --input FILE.jsonl`: feeds recorded customer turns through the live bot pipeline
 * (the same handleTurn/buildPackage the server's BotTurns and Escalations call) and prints one JSON line per
 * conversation: escalate, atTurn, reason, skill, language, package {summary, facts}, replies. A missing site folder, or
 * an input line that is not JSON or not a conversation, is one line naming the folder or the file and line, exit 1,
 * before anything is replayed.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { botEntry, createBotPipeline, type BotPipeline } from '../domain/pipeline.js';
import { conversationLanguage } from '../domain/escalation/language.js';
import type { SiteContent, TranscriptEntry } from '../domain/pipelineTypes.js';
import { isEnglishWord } from '../site/englishWords.js';
import { tagEnglish } from '../site/englishTagger.js';
import { botModels } from '../site/botModels.js';
import { commandArgs, fromUser, InputError, oneLine, readInput, runCommand, UsageError, zodProblems } from './cliInput.js';

const Conversation = z.object({
  id: z.string(),
  customer: z.object({ name: z.string().optional(), email: z.string().optional(), tier: z.string().optional(), locale: z.string().optional() }).passthrough(),
  turns: z.array(z.string()).min(1),
});

const USAGE = 'usage: pnpm replay --site DIR --input FILE.jsonl';

/** Every line read and checked before the first is replayed: a mistake on line 40 leaves no half-written output. */
function readConversations(file: string): z.infer<typeof Conversation>[] {
  return readInput(file, 'input')
    .split('\n')
    .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, at }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        // Node 22 adds "(line 1 column 8)": the line is ours to say.
        throw new InputError(`${at}: not valid JSON (${oneLine((err as Error).message.replace(/\s*\(line \d+ column \d+\)/, ''))})`);
      }
      const parsed = Conversation.safeParse(json);
      if (!parsed.success) throw new InputError(`${at}: ${zodProblems(parsed.error)}`);
      return parsed.data;
    });
}

/** One conversation through the bot, as the output line says it. */
function replayOne(pipeline: BotPipeline, site: SiteContent, c: z.infer<typeof Conversation>): Record<string, unknown> {
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
  return out;
}

runCommand(USAGE, () => {
  const { values } = commandArgs({ options: { site: { type: 'string' }, input: { type: 'string' } } });
  if (!values.site || !values.input) throw new UsageError(values.site ? '--input FILE.jsonl is required' : '--site DIR is required');
  // Paths are relative to where the user ran pnpm, not to this package.
  const siteDir = fromUser(values.site);
  const found = statSync(siteDir, { throwIfNoEntry: false });
  if (!found?.isDirectory()) throw new InputError(`${values.site}: ${found ? 'not a folder' : 'no such folder'} (--site takes a site folder: site.json and kb/)`);
  const conversations = readConversations(values.input);
  const site = loadSiteFolder(siteDir, path.basename(siteDir));
  const pipeline = createBotPipeline(site, isEnglishWord, tagEnglish, botModels);
  for (const c of conversations) console.log(JSON.stringify(replayOne(pipeline, site, c)));
});
