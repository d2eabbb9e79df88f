/**
 * A password for `pnpm agent add|password` without `--password`, which would stay in the shell's history: asked for
 * twice on a terminal without echo, else the first line of stdin (`pnpm agent password --email … < file`).
 */
import { once } from 'node:events';

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += chunk as string;
    if (text.includes('\n')) break;
  }
  // Only the line break goes: spaces may be part of a password.
  return text.split('\n')[0]!.replace(/\r$/, '');
}

/** Typed ahead of a prompt (a paste of both lines at once): kept for the next one. */
let typedAhead = '';

/** One hidden line from the terminal; Ctrl-C or Ctrl-D cancels. */
async function ask(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  let value = '';
  try {
    for (;;) {
      const chunk = typedAhead || ((await once(stdin, 'data')) as [string])[0];
      typedAhead = '';
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!;
        if (ch === '\r' || ch === '\n') {
          typedAhead = chunk.slice(chunk[i + 1] === '\n' && ch === '\r' ? i + 2 : i + 1);
          return value;
        }
        if (ch === '\u0003' || ch === '\u0004') throw new Error('cancelled: nothing was changed');
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    }
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}

export async function readPassword(forWhom: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const password = await ask(`New password for ${forWhom} (at least 10 characters): `);
  if ((await ask('The same again: ')) !== password) throw new Error('the two passwords differ: nothing was changed');
  return password;
}
