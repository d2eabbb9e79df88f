import { linkify } from './linkify.js';
import { z } from 'zod';
import { ClientMsgId } from './ids.js';
import { MAX_MESSAGE_LENGTH } from './errors.js';

export const AuthorType = z.enum(['visitor', 'bot', 'agent', 'system']);
export type AuthorType = z.infer<typeof AuthorType>;

export const MessageView = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int().positive(),
  clientMsgId: z.string().nullable(),
  authorType: AuthorType,
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  /** Bot answers name their article; bot replies while queued are marked. */
  meta: z
    .object({
      articleId: z.string().optional(),
      articleTitle: z.string().optional(),
      confidence: z.number().optional(),
      /** Lines of the body that are section headings of the article quoted: shown set apart (bold), still as text. */
      headings: z.array(z.string()).optional(),
      whileQueued: z.boolean().optional(),
      kind: z.enum(['answer', 'unknown', 'handoff', 'handback', 'csat_request', 'joined', 'transfer', 'info', 'ticket']).optional(),
      /** On a message left for the team (kind 'ticket', the customer's) and the bot's confirmation of it: the address to reply to. */
      ticketEmail: z.string().optional(),
    })
    .default({}),
});
export type MessageView = z.infer<typeof MessageView>;

/**
 * A bot answer's text ends with "(From: <article title>)" for clients that show only text. Clients that show
 * `meta.articleTitle` as a footer drop that trailing line, so the source appears once. Anything else is kept.
 */
export function bodyWithoutSource(body: string, articleTitle: string | undefined): string {
  if (!articleTitle) return body;
  const source = `(From: ${articleTitle})`;
  const trimmed = body.trimEnd();
  return trimmed.endsWith(source) ? trimmed.slice(0, -source.length).trimEnd() : body;
}

/** Plain text only: bodies are rendered as text, never as HTML. */
export const MessageBody = z
  .string()
  .transform((s) => s.replace(/\r\n/g, '\n').trim())
  .pipe(z.string().min(1, 'message is empty').max(MAX_MESSAGE_LENGTH, `message is longer than ${MAX_MESSAGE_LENGTH} characters`));

export const SendMessageInput = z.object({
  clientMsgId: ClientMsgId,
  body: MessageBody,
});
export type SendMessageInput = z.input<typeof SendMessageInput>;

/** A stretch of a message body: whole lines, marked when they are a heading (`meta.headings`). */
export interface BodyRun {
  text: string;
  heading: boolean;
}

/**
 * The body as runs of lines, headings apart, for clients that set headings apart (bold) while still rendering text
 * only. Joined with "\n" the runs give the body back. No headings: one run.
 */
export function bodyRuns(body: string, headings: readonly string[] | undefined): BodyRun[] {
  if (!headings?.length) return [{ text: body, heading: false }];
  const marked = new Set(headings);
  const runs: BodyRun[] = [];
  for (const line of body.split('\n')) {
    const heading = marked.has(line.trim());
    const last = runs.at(-1);
    if (last && !last.heading && !heading) last.text += `\n${line}`;
    else runs.push({ text: line, heading });
  }
  return runs;
}

/** What a client renders for a body: plain text, a link (`href`), or a heading line (`heading`), in order. */
export type BodySegment = { text: string; href?: string; heading?: true };

/** bodyRuns with the links found (linkify) in the plain runs: one flat list for a client to map to elements. */
export function bodySegments(body: string, headings: readonly string[] | undefined): BodySegment[] {
  const out: BodySegment[] = [];
  bodyRuns(body, headings).forEach((run, i) => {
    if (i > 0) out.push({ text: '\n' });
    if (run.heading) out.push({ text: run.text, heading: true });
    else out.push(...linkify(run.text));
  });
  return out;
}
