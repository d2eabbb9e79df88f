import { LINK_ATTRS, linkify } from '@baton/protocol';

/** Message text with its web and e-mail addresses clickable; the rest stays text (React escapes it, never HTML). */
export function LinkedText({ text }: { text: string }) {
  const parts = linkify(text).map((p, i) => ('href' in p ? <a key={i} href={p.href} {...LINK_ATTRS} className="underline underline-offset-2 [overflow-wrap:anywhere]" data-testid="message-link">{p.text}</a> : p.text));
  return <>{parts}</>;
}
