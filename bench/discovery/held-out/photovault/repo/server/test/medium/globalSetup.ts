import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { FileMigrationProvider, Kysely, Migrator } from 'kysely';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'pg-connection-string';
import { getKyselyConfig } from 'src/utils/database';
import { GenericContainer, Wait } from 'testcontainers';

const globalSetup = async () => {
  const templateName = 'mich';
  const postgresContainer = await new PostgreSqlContainer('ghcr.io/photovault-app/postgres:14-vectorchord0.4.3-pgvectors0.2.0')
    .withDatabase(templateName)
    .withCommand([
      'postgres',
      '-c',
      'shared_preload_libraries=vchord.so',
      '-c',
      'max_wal_size=2GB',
      '-c',
      'fsync=off',
    ])
    .withWaitStrategy(Wait.forAll([Wait.forLogMessage('database system is ready to accept connections', 2)]))
    .start();

  const redisContainer = await new GenericContainer('valkey/valkey:8').withExposedPorts(6379).start();

  const postgresPort = postgresContainer.getMappedPort(5432);
  const postgresUrl = `postgres://postgres:postgres@localhost:${postgresPort}/${templateName}`;
  process.env.PHOTOVAULT_TEST_POSTGRES_URL = postgresUrl;
  process.env.REDIS_HOSTNAME = 'localhost';
  process.env.REDIS_PORT = String(redisContainer.getMappedPort(6379));

  const db = new Kysely(getKyselyConfig({ connectionType: 'url', url: postgresUrl }));
  const migrator = new Migrator({
    db,
    migrationLockTableName: 'kysely_migrations_lock',
    migrationTableName: 'kysely_migrations',
    provider: new FileMigrationProvider({
      fs: { readdir },
      path: { join },
      migrationFolder: join(__dirname, '..', '..', 'src', 'migrations'),
    }),
  });

  const { error } = await migrator.migrateToLatest();
  if (error) {
    console.error('Unable to run kysely migrations', error);
    throw error;
  }

  await mkdir('/tmp/photovault-medium', { recursive: true });
  void parse;
  await db.destroy();
};

export default globalSetup;
