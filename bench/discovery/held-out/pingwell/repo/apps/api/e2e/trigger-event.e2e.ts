import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import IORedis from 'ioredis';
import '../src/config';

const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/pingwell-test';
const redis = new IORedis({ host: process.env.REDIS_HOST ?? 'localhost', port: 6379, db: 3 });

const API_URL = process.env.API_URL ?? 'http://localhost:1336';

before(async () => {
  await mongoose.connect(MONGO_URL);
  await mongoose.connection.db.dropDatabase();
  await redis.flushdb();
});

after(async () => {
  await mongoose.disconnect();
  await redis.quit();
});

describe('POST /v1/events/trigger', () => {
  let apiKey: string;

  before(async () => {
    const { body } = await request(API_URL)
      .post('/v1/auth/register')
      .send({ email: 'e2e@pingwell.test', password: 'Password123!', firstName: 'E2E', organizationName: 'E2E org' });
    apiKey = body.data.apiKey;
  });

  it('rejects an unknown workflow', async () => {
    const res = await request(API_URL)
      .post('/v1/events/trigger')
      .set('Authorization', `ApiKey ${apiKey}`)
      .send({ name: 'does-not-exist', to: 'subscriber-1' });

    expect(res.status).to.equal(422);
  });

  it('queues a job for every recipient', async () => {
    await request(API_URL)
      .post('/v1/workflows')
      .set('Authorization', `ApiKey ${apiKey}`)
      .send({ name: 'welcome', steps: [{ type: 'in_app', content: 'Hi {{name}}' }], active: true });

    const res = await request(API_URL)
      .post('/v1/events/trigger')
      .set('Authorization', `ApiKey ${apiKey}`)
      .send({ name: 'welcome', to: ['s-1', 's-2'], payload: { name: 'Ada' } });

    expect(res.status).to.equal(201);
    expect(res.body.data.status).to.equal('processed');
  });
});