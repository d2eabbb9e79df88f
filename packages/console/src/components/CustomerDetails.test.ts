import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CustomerAttributes } from '@baton/protocol';
import { CustomerDetails } from './CustomerDetails';

const render = (customer: CustomerAttributes) => renderToStaticMarkup(createElement(CustomerDetails, { customer, testId: 'customer' }));

describe('CustomerDetails', () => {
  it("shows the site's user ID of an identity signed on it, without the not-verified mark", () => {
    const html = render({ userId: 'u_1001', name: 'Ada', verified: true });
    expect(html).toMatch(/<dt[^>]*>User ID<\/dt><dd[^>]*>u_1001<\/dd>/);
    expect(html).not.toContain('not verified');
  });

  it('marks an identity that is only a user ID as not verified when the site did not sign it', () => {
    const html = render({ userId: 'u_1001', verified: false });
    expect(html).toContain('data-testid="customer-unverified"');
    expect(html).toContain('User ID');
  });

  it('marks nothing for an anonymous visitor', () => {
    expect(render({ locale: 'en-GB' })).not.toContain('not verified');
  });
});
