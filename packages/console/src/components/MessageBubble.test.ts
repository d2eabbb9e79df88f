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
});
