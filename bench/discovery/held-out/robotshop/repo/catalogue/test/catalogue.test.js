// Integration tests, expect a throwaway MongoDB on localhost (see CI workflow).
process.env.MONGO_URL = process.env.MONGO_URL || 'mongodb://localhost:27017/catalogue';
process.env.CATALOGUE_SERVER_PORT = '18080';

const request = require('supertest');
const { expect } = require('chai');
const MongoClient = require('mongodb').MongoClient;

describe('catalogue', function () {
    this.timeout(10000);
    let app;

    before(async () => {
        const client = await MongoClient.connect(process.env.MONGO_URL, { useUnifiedTopology: true });
        const products = client.db('catalogue').collection('products');
        await products.deleteMany({});
        await products.insertMany([
            { sku: 'TEST-1', name: 'Test Bot', price: 10, categories: ['Testing'] },
            { sku: 'TEST-2', name: 'Other Bot', price: 20, categories: ['Testing'] }
        ]);
        await client.close();
        app = require('../server');
        await new Promise((r) => setTimeout(r, 1500));
    });

    it('reports health', async () => {
        const res = await request(app).get('/health');
        expect(res.status).to.equal(200);
        expect(res.body.app).to.equal('OK');
    });

    it('returns a product by sku', async () => {
        const res = await request(app).get('/product/TEST-1');
        expect(res.status).to.equal(200);
        expect(res.body.name).to.equal('Test Bot');
    });

    it('404s on unknown sku', async () => {
        const res = await request(app).get('/product/NOPE');
        expect(res.status).to.equal(404);
    });
});
