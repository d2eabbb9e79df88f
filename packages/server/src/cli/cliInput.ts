/**
 * What the command-line tools read, and how they say what is wrong with it. Paths are relative to the folder the
 * command was typed in (pnpm runs the scripts inside packages/server and says where in INIT_CWD). A mistake in the
 * arguments is a UsageError (its message and the usage, exit 2); one in a file the command was given is an InputError
 * (one line naming the file, and the field or line, exit 1). Neither prints a stack trace: that is for Baton's bugs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ZodError } from 'zod';
import { jsonErrorAt, SiteFolderError } from '../site/loadSiteFolder.js';

export class UsageError extends Error {}
export class InputError extends Error {}

export const fromUser = (p: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** node:util parseArgs on the command's arguments; what it refuses is a UsageError (its first sentence). */
export function commandArgs<T extends Omit<ParseArgsConfig, 'args'>>(config: T): ReturnType<typeof parseArgs<T & { args: string[] }>> {
  try {
    return parseArgs({ ...config, args: process.argv.slice(2) });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

const WHY: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied' };

/** The text of `file` (as the user typed it); `what` names it in the error ("scenario", "policy"). */
export function readInput(file: string, what: string): string {
  try {
    return readFileSync(fromUser(file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`${file}: cannot read the ${what} file (${WHY[code] ?? (err as Error).message})`);
  }
}

/** `file`'s JSON, or an InputError naming the file, line and column. */
export function readJson(file: string, what: string): unknown {
  const raw = readInput(file, what);
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new InputError(`${file}: the ${what} is not valid JSON (${oneLine(jsonErrorAt(raw, (err as Error).message))})`);
  }
}

/** JSON.parse quotes the start of the text it refused, line breaks and all. */
export const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, ' ');

/** A schema's complaints on one line: "customers.0.arrival: Invalid input: expected number, received string; …". */
export function zodProblems(error: ZodError): string {
  return error.issues.map((x) => `${x.path.length ? x.path.join('.') : '(root)'}: ${x.message}`).join('; ');
}

/** Runs a command: a UsageError or a mistake in its input is said without a stack trace, and the command exits. */
export function runCommand(usage: string, body: () => void): void {
  try {
    body();
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${usage}`);
      process.exit(2);
    }
    if (err instanceof InputError || err instanceof SiteFolderError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
