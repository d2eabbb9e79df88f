/**
 * Finds web addresses and e-mail addresses in a message body, so clients can make them clickable while still
 * rendering everything as text (the parts are strings; the client builds the <a> element itself). Only http(s) and
 * mailto links come out of here: a "javascript:" or "data:" address is never a link, whatever the text says.
 */
/** How clients open a message's links: a new tab that cannot reach back into the chat, no referrer, no endorsement. */
export const LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const;

export type TextPart = { text: string } | { text: string; href: string };

// Top-level domains written without a scheme or "www." that we still read as an address: the common ones, the
// country codes of our languages, and .example (documentation and demo sites).
const BARE_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'shop', 'store', 'co', 'eu', 'uk', 'de', 'es', 'at', 'ch', 'fr', 'it', 'nl', 'us', 'ca', 'mx', 'ar', 'info', 'example']);

const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,24}`;
// Quotes and ellipses typed around an address ("“https://…”", "…/returns…") are not part of it.
const URL_CHARS = String.raw`[^\s<>"'“”‘’«»…。、]`;
const SCHEMED = String.raw`https?:\/\/${URL_CHARS}+`;
const WWW = String.raw`www\.${URL_CHARS}+`;
// host.tld, optionally with a path: the TLD is checked against BARE_TLDS afterwards.
const BARE = String.raw`(?<![\p{L}\p{N}@.\/-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,24}(?::\d{2,5})?(?:\/${URL_CHARS}*)?`;
const PATTERN = new RegExp(`(${EMAIL})|(${SCHEMED})|(${WWW})|(${BARE})`, 'giu');

/** Trailing punctuation belongs to the sentence ("see example.com/returns."), a closing bracket only when unopened. */
function trimTrailing(url: string): string {
  let end = url.length;
  // Brackets counted once, then kept current while trimming (a message of ")))…" stays linear).
  let open = 0;
  let close = 0;
  for (const ch of url) {
    if (ch === '(') open++;
    else if (ch === ')') close++;
  }
  for (;;) {
    const ch = url[end - 1];
    if (ch && '.,;:!?\'"'.includes(ch)) {
      end--;
      continue;
    }
    if (ch === ')' && open < close) {
      end--;
      close--;
      continue;
    }
    return url.slice(0, end);
  }
}

function bareHostOk(candidate: string): boolean {
  const host = candidate.split(/[/:]/)[0]!;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  // "NW-123456.It never arrived": a sentence run on after a full stop, not the Italian domain.
  if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) return false;
  return BARE_TLDS.has(tld.toLowerCase());
}

export function linkify(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of body.matchAll(PATTERN)) {
    const [whole, email, schemed, www, bare] = m;
    const start = m.index;
    const text = email ?? trimTrailing(schemed ?? www ?? bare ?? whole);
    let href: string | null = null;
    if (email) href = `mailto:${email}`;
    else if (schemed) href = text.replace(/^https?/i, (scheme) => scheme.toLowerCase()); // "Https://" from a phone keyboard
    else if (www) href = `https://${text}`;
    else if (bare && bareHostOk(text)) href = `https://${text}`;
    if (!href || text.length === 0) continue;
    // "https://" alone, or a scheme with no host, is no address.
    if (schemed && !/^https?:\/\/[\p{L}\p{N}]/iu.test(text)) continue;
    if (start > last) parts.push({ text: body.slice(last, start) });
    parts.push({ text, href });
    last = start + text.length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
