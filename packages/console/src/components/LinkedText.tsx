import { bodySegments, LINK_ATTRS } from '@baton/protocol';

/**
 * Message text with its web and e-mail addresses clickable and the article's section headings (`meta.headings`) in
 * bold; the rest stays text (React escapes it, never HTML).
 */
export function LinkedText({ text, headings }: { text: string; headings?: readonly string[] | undefined }) {
  const parts = bodySegments(text, headings).map((p, i) =>
    p.href ? <a key={i} href={p.href} {...LINK_ATTRS} className="underline underline-offset-2 [overflow-wrap:anywhere]" data-testid="message-link">{p.text}</a>
      : p.heading ? <strong key={i} className="font-semibold" data-testid="message-heading">{p.text}</strong>
      : p.text,
  );
  return <>{parts}</>;
}
