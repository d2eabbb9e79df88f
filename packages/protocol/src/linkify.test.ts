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

describe('linkify: cases a review found', () => {
  it('does not link a sentence run on after a full stop', () => {
    for (const s of ['My order NW-123456.It never arrived', 'broken.It is', 'Llegó roto.Es la segunda vez', 'Sorry.At least reply', 'size 42.Us sizes', 'Firmware v2.1.0.app', 'open settings.app']) {
      expect(links(s)).toEqual([]);
    }
  });
  it('leaves quotes and ellipses outside, reads a capitalised scheme, keeps a port', () => {
    expect(links('“https://shop.example/returns”')).toEqual([['https://shop.example/returns', 'https://shop.example/returns']]);
    expect(links('see shop.example/returns…')).toEqual([['shop.example/returns', 'https://shop.example/returns']]);
    expect(links('Https://shop.example/a')).toEqual([['Https://shop.example/a', 'https://shop.example/a']]);
    expect(links('northwind.example:8080/x')).toEqual([['northwind.example:8080/x', 'https://northwind.example:8080/x']]);
    expect(links('EXAMPLE.COM')).toEqual([['EXAMPLE.COM', 'https://EXAMPLE.COM']]);
  });
  it('stays linear on a long run of closing brackets', () => {
    const body = `https://a.com/${')'.repeat(4000)}`;
    const parts = linkify(body);
    expect(parts.map((p) => p.text).join('')).toBe(body);
    expect(parts[0]).toEqual({ text: 'https://a.com/', href: 'https://a.com/' });
  });
});
