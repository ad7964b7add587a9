jest.mock('pg', () => {
    const query = jest.fn().mockResolvedValue({ rows: [{ name: 'Ember' }] });
    return { Pool: jest.fn(() => ({ query })) };
});
jest.mock('../tracing', () => () => ({
    tracer: { startActiveSpan: (n, fn) => fn({ setAttribute() {}, end() {} }) },
    api: require('@opentelemetry/api'),
}), { virtual: true });
jest.mock('../logging', () => () => ({ info() {}, warn() {}, error() {} }), { virtual: true });
jest.mock('../profiling', () => () => {}, { virtual: true });

const request = require('supertest');
const app = require('../index');

describe('bestiary-server', () => {
    it('lists owlbears', async () => {
        const res = await request(app).get('/owlbear');
        expect(res.status).toBe(200);
        expect(res.body[0].name).toBe('Ember');
    });

    it('rejects unknown beasts', async () => {
        const res = await request(app).get('/dragon');
        expect(res.status).toBe(404);
    });
});
