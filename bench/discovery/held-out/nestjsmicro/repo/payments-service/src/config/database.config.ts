import { registerAs } from '@nestjs/config';
import { TypeOrmModuleOptions } from '@nestjs/typeorm';

export default registerAs(
  'database',
  (): TypeOrmModuleOptions => ({
    type: 'postgres',
    host: process.env.PAYMENTS_DB_HOST ?? 'localhost',
    port: parseInt(process.env.PAYMENTS_DB_PORT ?? '5432', 10),
    username: process.env.PAYMENTS_DB_USER ?? 'brindle',
    password: process.env.PAYMENTS_DB_PASSWORD ?? 'brindle',
    database: process.env.PAYMENTS_DB_NAME ?? 'brindle_payments',
    autoLoadEntities: true,
    synchronize: process.env.NODE_ENV !== 'production',
    ssl: process.env.PAYMENTS_DB_SSL === 'true' ? { rejectUnauthorized: false } : false,
  }),
);
