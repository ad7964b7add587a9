const request = require('supertest');
const RedisMock = require('ioredis-mock');
const { createStore } = require('../src/store');
const { buildApp } = require('../src/index');

describe('rating', () => {
    it('returns seeded ratings', async () => {
        const store = createStore(new RedisMock());
        await store.seed();
        const res = await request(buildApp(store)).get('/rating');
        expect(res.status).toBe(200);
        expect(res.body.length).toBeGreaterThan(0);
    });
});
