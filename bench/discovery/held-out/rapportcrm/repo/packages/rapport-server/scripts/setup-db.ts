import console from 'console';

import { rawDataSource } from 'src/database/typeorm/raw/raw.datasource';

import { camelToSnakeCase, performQuery } from './utils';

rawDataSource
  .initialize()
  .then(async () => {
    await performQuery(
      'CREATE SCHEMA IF NOT EXISTS "public"',
      'create schema "public"',
    );
    await performQuery(
      'CREATE SCHEMA IF NOT EXISTS "metadata"',
      'create schema "metadata"',
    );
    await performQuery(
      'CREATE SCHEMA IF NOT EXISTS "core"',
      'create schema "core"',
    );

    await performQuery(
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
      'create extension "uuid-ossp"',
    );

    const supportedForeignDataWrappers = ['postgres_fdw', 'mysql_fdw'];

    for (const wrapper of supportedForeignDataWrappers) {
      await performQuery(
        `CREATE EXTENSION IF NOT EXISTS "${wrapper}"`,
        `create extension "${camelToSnakeCase(wrapper)}"`,
        true,
        true,
      );
    }
  })
  .catch((err) => {
    console.error('Error during Data Source initialization:', err);
  });
