import { afterEach, describe, expect, it, vi } from 'vitest';
import { InkpressService } from '../src/inkpress/inkpress.service.js';

describe('InkpressService', () => {
    afterEach(() => vi.restoreAllMocks());

    it('fetches site settings from the internal URL', async () => {
        const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
            new Response(JSON.stringify({ site: { title: 'Test site' } }), { status: 200 }),
        );
        const service = new InkpressService('http://localhost:2368');

        const settings = await service.getSiteSettings('example.com');

        expect(settings.title).toBe('Test site');
        expect(fetchMock.mock.calls[0][0].toString()).toBe('http://localhost:2368/inkpress/api/admin/site/');
    });

    it('falls back to the public host', () => {
        const service = new InkpressService(undefined);
        expect(service.jwksUrlFor('example.com').href).toBe('https://example.com/inkpress/.well-known/jwks.json');
    });
});
