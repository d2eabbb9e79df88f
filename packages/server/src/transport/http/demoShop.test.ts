import { describe, expect, it } from 'vitest';
import { demoShopHtml } from './demoShop.js';

describe('demoShopHtml', () => {
  it('carries an inline SVG icon, so the browser does not ask the demo server for /favicon.ico (a 404)', () => {
    const html = demoShopHtml('http://localhost:3000', 'demo', 'Lumen & Loom');
    const icon = /<link rel="icon" href="([^"]+)">/.exec(html)?.[1];
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(icon!.slice('data:image/svg+xml,'.length))).toMatch(/^<svg [^>]*xmlns='http:\/\/www.w3.org\/2000\/svg'.*<\/svg>$/);
    expect(html).toContain('<script src="http://localhost:3000/widget.js" data-site="demo" async></script>');
  });
});
