import { describe, expect, it } from 'vitest';
import buildApp from '../src/app';

describe('traffic-analytics', () => {
    it('rejects hits without a site uuid', async () => {
        process.env.PROXY_TARGET = 'http://localhost:3000/local-proxy';
        const app = buildApp();
        const res = await app.inject({ method: 'POST', url: '/api/v1/page_hit', payload: { payload: {} } });
        expect(res.statusCode).toBe(400);
    });

    it('answers the health route', async () => {
        const app = buildApp();
        const res = await app.inject({ method: 'GET', url: '/' });
        expect(res.statusCode).toBe(200);
    });
});
