import { NestExpressApplication } from '@nestjs/platform-express';
import { Test, TestingModule } from '@nestjs/testing';

import { AppModule } from 'src/app.module';

export default async () => {
  const moduleFixture: TestingModule = await Test.createTestingModule({
    imports: [AppModule],
  }).compile();

  const app = moduleFixture.createNestApplication<NestExpressApplication>();

  await app.init();
  await app.listen(process.env.APP_PORT ?? 4000);

  global.app = app;
  global.testDataSource = app.get('DataSource');
  global.ACCESS_TOKEN = process.env.TEST_ACCESS_TOKEN;
};
