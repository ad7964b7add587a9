import { DataSource, DataSourceOptions } from 'typeorm';
import * as path from 'path';
import { loadEnv, buildDbUrl } from './src/helpers/env';

loadEnv();

function sslConfig(flag?: string) {
  return flag === 'true' ? { rejectUnauthorized: false } : false;
}

export function appOrmconfig(): DataSourceOptions {
  const url = buildDbUrl('PG');
  return {
    type: 'postgres',
    ...(url
      ? { url }
      : {
          host: process.env.PG_HOST,
          port: parseInt(process.env.PG_PORT || '5432', 10),
          username: process.env.PG_USER,
          password: process.env.PG_PASS,
          database: process.env.PG_DB || 'panelsmith_production',
        }),
    ssl: sslConfig(process.env.PG_SSL),
    entities: [path.join(__dirname, 'src/entities/*.entity.{ts,js}')],
    migrations: [path.join(__dirname, 'migrations/*.{ts,js}')],
    migrationsRun: false,
    synchronize: false,
    logging: process.env.ORM_LOGGING === 'all',
    extra: { max: parseInt(process.env.PG_POOL_SIZE || '20', 10) },
  };
}

/**
 * Second connection to the separate "Panelsmith DB" instance. Row traffic goes through
 * PostgREST; this connection is only used for DDL (create/alter table) and migrations.
 */
export function panelDbOrmconfig(): DataSourceOptions {
  const url = buildDbUrl('PANELSMITH_DB');
  return {
    name: 'panelDb',
    type: 'postgres',
    ...(url
      ? { url }
      : {
          host: process.env.PANELSMITH_DB_HOST,
          port: parseInt(process.env.PANELSMITH_DB_PORT || '5432', 10),
          username: process.env.PANELSMITH_DB_USER,
          password: process.env.PANELSMITH_DB_PASS,
          database: process.env.PANELSMITH_DB || 'panelsmith_db_production',
        }),
    ssl: sslConfig(process.env.PANELSMITH_DB_SSL),
    migrations: [path.join(__dirname, 'panel-db-migrations/*.{ts,js}')],
    synchronize: false,
    logging: false,
  };
}

export default new DataSource(appOrmconfig());
