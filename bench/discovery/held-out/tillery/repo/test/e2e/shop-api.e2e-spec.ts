import { describe, expect, it } from 'vitest';

import { SHOP_API_URL } from './config/test-config';

// Smoke test against a locally started test server (`npm run test:e2e`).
describe('shop-api smoke', () => {
    it('answers an activeChannel query', async () => {
        const res = await fetch(SHOP_API_URL, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ activeChannel { code currencyCode } }' }),
        }).catch(() => undefined);
        if (!res) {
            return; // test server not running
        }
        const json = await res.json();
        expect(json.data.activeChannel.code).toBe('__default_channel__');
    });
});
