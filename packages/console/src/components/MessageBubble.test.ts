import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MessageView } from '@baton/protocol';
import { msg } from '../lib/testFixtures';
import { MessageBubble } from './MessageBubble';

const render = (m: MessageView) => renderToStaticMarkup(createElement(MessageBubble, { message: m, customerName: 'Ada' }));
const occurrences = (html: string, s: string) => html.split(s).length - 1;

describe('MessageBubble', () => {
  it('shows a bot answer\'s source once, as the footer, not again at the end of the text', () => {
    const html = render(msg(2, { authorType: 'bot', body: 'Orders ship within 2 days.\n\n(From: Shipping and delivery)', meta: { kind: 'answer', articleTitle: 'Shipping and delivery' } }));
    expect(occurrences(html, 'Shipping and delivery')).toBe(1);
    expect(html).toContain('Orders ship within 2 days.</div>');
    expect(html).toMatch(/data-testid="message-source"[^>]*>From: Shipping and delivery</);
  });

  it('keeps a customer\'s text as typed, even when it looks like a source line', () => {
    const html = render(msg(1, { body: 'I read this\n(From: Shipping and delivery)', meta: { articleTitle: 'Shipping and delivery' } }));
    expect(html).toContain('(From: Shipping and delivery)');
    expect(html).not.toContain('message-source');
  });

  it("sets the article's section headings in bold, as text, and a heading-looking line the customer typed not", () => {
    const body = 'Covers defects.\n\nHow to make a claim\nFill in the <b>form</b>.\n\n(From: Warranty)';
    const html = render(msg(2, { authorType: 'bot', body, meta: { kind: 'answer', articleTitle: 'Warranty', headings: ['How to make a claim'] } }));
    expect(html).toContain('<strong class="font-semibold" data-testid="message-heading">How to make a claim</strong>');
    expect(html).toContain('Fill in the &lt;b&gt;form&lt;/b&gt;.');
    expect(render(msg(1, { body: 'How to make a claim\nhelp' }))).not.toContain('<strong');
  });

  it('lets the browser set the direction of each body from its text (Arabic and Hebrew read right to left)', () => {
    expect(render(msg(1, { body: 'مرحبا، أريد إرجاع الطلب LL-123456' }))).toMatch(/<div dir="auto"[^>]*data-testid="message-body"/);
  });
});
