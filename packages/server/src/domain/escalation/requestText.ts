/**
 * How the explicit-request patterns read a message: normalised, typos of the long request words fixed ("speek to a
 * persn"), chat spellings spelled out ("put me thru to sum1").
 */
import { normalise } from '../bot/text.js';

/** Chat spellings of the words the patterns are built from ("put me thru to sum1"). */
const CHAT_SPELLING: [RegExp, string][] = [
  [/\bthru\b/g, 'through'],
  [/\b(?:sum1|some1|sumone|sum one)\b/g, 'someone'],
  [/\b(?:any1|ne1|ne one)\b/g, 'anyone'],
  [/\bppl\b/g, 'people'],
  [/\bur\b/g, 'your'],
  [/\blemme\b/g, 'let me'],
  [/\bgimme\b/g, 'give me'],
  [/\bwanna\b/g, 'want to'],
  // "chat w staff", "talk w/ someone": "w" after a talking verb is "with".
  [/\b(talk|speak|chat|deal)(ing)? w\/?(?=\s)/g, '$1$2 with'],
  // "connect me w someone", "can u get someone": "w" after me/us is "with", "u" is "you".
  [/\b(me|us|up) w\/?(?=\s)/g, '$1 with'],
  [/\b(?:sb|smb|sm1)\b/g, 'somebody'],
  [/(?<![\w-])u(?![\w-]|\.\w)/g, 'you'],
];

/**
 * Typos of the long words a request is built from ("can i speek to a real persn"): a word one edit (insert, delete,
 * change or swap of two letters) from one of them reads as it. Only words of five letters or more, and not real words
 * that happen to be that close ("steak", "parson").
 */
const REQUEST_WORDS = ['person', 'human', 'agent', 'speak', 'someone', 'somebody', 'operator', 'supervisor', 'representative', 'customer', 'service'];
const REAL_WORDS = new Set(['persona', 'personas', 'agente', 'agentes', 'humano', 'humana', 'humanos', 'steak', 'sneak', 'spear', 'speck', 'parson', 'humane', 'humans', 'agents', 'persons', 'serviced', 'services', 'customers', 'speaks', 'operators', 'supervisors']);

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words seen before and what they read as: chat repeats its words, and this runs on every message. */
const typoCache = new Map<string, string>();

function readAs(w: string): string {
  let r = typoCache.get(w);
  if (r === undefined) {
    r = REAL_WORDS.has(w) ? w : (REQUEST_WORDS.find((t) => oneEditApart(w, t)) ?? w);
    if (typoCache.size >= 20_000) typoCache.clear();
    typoCache.set(w, r);
  }
  return r;
}

function fixRequestTypos(text: string): string {
  return text.replace(/\p{L}{5,}/gu, readAs);
}

/** The message as the patterns read it: normalised, typos of request words fixed, chat spellings spelled out. */
export function requestText(message: string): string {
  let text = fixRequestTypos(normalise(message).replace(/[¿¡]/g, '').replace(/\s+/g, ' ').trim());
  for (const [re, word] of CHAT_SPELLING) text = text.replace(re, word);
  return text;
}
