import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.js';

const links = (s: string) => linkify(s).flatMap((p) => ('href' in p ? [[p.text, p.href]] : []));

describe('linkify', () => {
  it('finds bare shop addresses, schemes, www and e-mail, with the sentence punctuation left outside', () => {
    expect(links('Start a return at northwindgear.example/returns. Or write to support@northwindgear.example!')).toEqual([
      ['northwindgear.example/returns', 'https://northwindgear.example/returns'],
      ['support@northwindgear.example', 'mailto:support@northwindgear.example'],
    ]);
    expect(links('see https://shop.example.com/a?b=1&c=(2), or www.example.org')).toEqual([
      ['https://shop.example.com/a?b=1&c=(2)', 'https://shop.example.com/a?b=1&c=(2)'],
      ['www.example.org', 'https://www.example.org'],
    ]);
    expect(links('(details at http://x.example/faq)')).toEqual([['http://x.example/faq', 'http://x.example/faq']]);
  });

  it('keeps every character: the parts put back together are the body', () => {
    const body = 'Hi!\nsee northwindgear.example/returns.\n\nThanks (a@b.example)';
    expect(linkify(body).map((p) => p.text).join('')).toBe(body);
  });

  it('leaves what is not an address as text', () => {
    for (const s of ['e.g. the Lumen 900R', 'order NW-123456 for 3.5mm', 'v1.2 of the app', 'Mr.Smith said hello.world', 'i.e. no', 'https:// nothing']) {
      expect(links(s)).toEqual([]);
    }
  });

  it('never links another scheme', () => {
    expect(links('javascript:alert(1) data:text/html,<b>x</b> file:///etc/passwd')).toEqual([]);
    // Not even the host part after another scheme's "//".
    expect(links('click javascript://example.com/%0aalert(1)')).toEqual([]);
  });
});
