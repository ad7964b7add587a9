/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { ConfigurationItem } from '../types';

const migrationsDir = resolvePackagePath(
  '@portalyard/plugin-cmdb-backend',
  'migrations',
);

type Row = {
  ci_id: string;
  name: string;
  payload: string;
  updated_at: string;
};

/**
 * Local cache of CMDB configuration items, kept in the plugin's own database
 * (schema `plugin_cmdb` with pluginDivisionMode: schema).
 */
export class CmdbStore {
  static async create(database: DatabaseService): Promise<CmdbStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new CmdbStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async upsert(items: ConfigurationItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.db<Row>('cmdb_configuration_items')
      .insert(
        items.map(item => ({
          ci_id: item.id,
          name: item.name,
          payload: JSON.stringify(item),
          updated_at: item.updatedAt,
        })),
      )
      .onConflict('ci_id')
      .merge();
  }

  async get(ciId: string): Promise<ConfigurationItem | undefined> {
    const row = await this.db<Row>('cmdb_configuration_items')
      .where({ ci_id: ciId })
      .first();
    return row ? (JSON.parse(row.payload) as ConfigurationItem) : undefined;
  }

  async lastUpdatedAt(): Promise<string | undefined> {
    const result = await this.db<Row>('cmdb_configuration_items')
      .max('updated_at as max')
      .first();
    return (result as any)?.max ?? undefined;
  }
}
