import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

describe('Apps (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    process.env.PG_HOST = process.env.PG_HOST || 'localhost';
    process.env.PG_DB = 'panelsmith_test';
    process.env.PGRST_HOST = 'localhost:3001';
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register({ worker: false })] }).compile();
    app = moduleRef.createNestApplication();
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(() => app.close());

  it('creates and lists apps', async () => {
    await request(app.getHttpServer()).post('/api/apps').send({ name: 'Orders admin' }).expect(201);
    const res = await request(app.getHttpServer()).get('/api/apps').expect(200);
    expect(res.body.map((a: any) => a.name)).toContain('Orders admin');
  });
});
