/**
 * The customer quoting the bot's last reply back at it ("Wait 48 hours.", 'check your spam folder'): frustration.ts reads
 * that as sarcasm or a rejected answer.
 */
import { normalise } from '../bot/text.js';

/** The reply's words, space-separated and padded; the last one is kept (each message is read against the same reply). */
let flat: { reply: string; words: string } | null = null;
function flatReply(reply: string): string {
  if (flat?.reply !== reply) flat = { reply, words: ` ${normalise(reply).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ')} ` };
  return flat.words;
}

/** A sentence of the customer's that repeats the bot's words ("Wait 48 hours."): quoting the answer back. */
export function echoesReply(text: string, reply: string, message = ''): boolean {
  if (!reply) return false;
  const said = flatReply(reply);
  // A quoted bit of the answer: "wow, 'go outside' again. genius."
  const quoted = [...message.matchAll(/['"‘“«]([^'"’”»]{3,60})['"’”»]/g)].map((m) => normalise(m[1]!));
  return [...text.split(/[.!?:;]+/), ...quoted].some((sentence) => {
    const words = sentence.replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
    return words.length >= 2 && words.length <= 8 && said.includes(` ${words.join(' ')} `);
  });
}

/**
 * A short phrase in quotes whose words the bot's last reply used ('wait 48 hours', "check your spam folder"), not a
 * status the customer copied from elsewhere ('shipment information received', 'sold out').
 */
export function quotesReply(message: string, reply: string): boolean {
  const said = new Set(flatReply(reply).trim().split(' '));
  return [...message.matchAll(/['"‘“«]\s*(\p{L}[^'"’”»]{2,50}\p{L})\s*[.!?]?['"’”»](?!\p{L})/gu)].some((m) => {
    const quoted = normalise(m[1]!).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter((w) => w.length > 1);
    return quoted.length >= 2 && quoted.filter((w) => said.has(w)).length >= Math.ceil((quoted.length * 2) / 3);
  });
}

/** Words the customer repeats from the bot's last reply, in its order ("don't tell me 48 hours" after "up to 48 hours"). */
export function repeatsReplyWords(words: string, reply: string): boolean {
  const w = normalise(words).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return reply !== '' && w.length >= 1 && w.length <= 6 && flatReply(reply).includes(` ${w.join(' ')} `);
}
