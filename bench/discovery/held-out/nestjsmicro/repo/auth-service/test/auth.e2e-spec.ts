import { INestMicroservice } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { firstValueFrom } from 'rxjs';
import { AppModule } from '../src/app.module';

// Requires a throwaway Postgres (docker compose up postgres) - runs against localhost only.
describe('auth-service (e2e over TCP)', () => {
  let app: INestMicroservice;
  let client: ClientProxy;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestMicroservice({
      transport: Transport.TCP,
      options: { host: '127.0.0.1', port: 14001 },
    });
    await app.listen();
    client = ClientProxyFactory.create({
      transport: Transport.TCP,
      options: { host: '127.0.0.1', port: 14001 },
    });
    await client.connect();
  });

  afterAll(async () => {
    client.close();
    await app.close();
  });

  it('registers then logs in', async () => {
    const email = `e2e+${Date.now()}@brindle.test`;
    await firstValueFrom(client.send({ cmd: 'auth.register' }, { email, password: 'pw-123456', displayName: 'E2E' }));
    const res = await firstValueFrom(client.send({ cmd: 'auth.login' }, { email, password: 'pw-123456' }));
    expect(res.accessToken).toBeDefined();
  });
});
