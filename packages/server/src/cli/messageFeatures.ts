/**
 * `pnpm message-features --input FILE.jsonl [--input FILE2.jsonl …]`: prints, for every customer message of
 * the conversations, one JSON line with set (the file's name), id, turn and the features of the message and of each of
 * its sentences (domain/escalation/messageModel.ts), which tools/bot-eval/message-models/train.py trains on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sentences } from '../domain/bot/text.js';
import { messageFeatures } from '../domain/escalation/messageModel.js';

const { values } = parseArgs({ options: { input: { type: 'string', multiple: true } } });
if (!values.input?.length) {
  console.error('usage: pnpm message-features --input FILE.jsonl [--input FILE2.jsonl …]');
  process.exit(2);
}
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
for (const input of values.input) {
  const set = path.basename(input, '.jsonl');
  for (const line of readFileSync(fromUser(input), 'utf8').split('\n').filter((l) => l.trim())) {
    const c = JSON.parse(line) as { id: string; turns: string[] };
    for (const [t, body] of c.turns.entries()) {
      const parts = sentences(body);
      const units = [messageFeatures(body), ...(parts.length > 1 ? parts.map(messageFeatures) : [])];
      process.stdout.write(JSON.stringify({ set, id: c.id, turn: t + 1, text: body, units }) + '\n');
    }
  }
}
