import { Test } from '@nestjs/testing';
import * as request from 'supertest';
import { HealthModule } from '../src/modules/health/health.controller';
import { TypeOrmModule } from '@nestjs/typeorm';

describe('Health (e2e)', () => {
  it('reports database up', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', host: 'localhost', username: 'postgres', password: 'postgres', database: 'panelsmith_test' }),
        HealthModule,
      ],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    await request(app.getHttpServer()).get('/health').expect(200);
    await app.close();
  });
});
