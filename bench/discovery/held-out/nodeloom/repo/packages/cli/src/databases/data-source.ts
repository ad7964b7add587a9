import type { DatabaseConfig } from '@nodeloom/config';
import path from 'path';
import { DataSource as Connection } from 'typeorm';
import type { DataSourceOptions as ConnectionOptions } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { SqliteConnectionOptions } from 'typeorm/driver/sqlite/SqliteConnectionOptions';
import { Container } from 'typedi';
import { InstanceSettings } from 'nodeloom-core';

import { entities } from './entities';
import { postgresMigrations } from './migrations/postgresdb';
import { sqliteMigrations } from './migrations/sqlite';

let connection: Connection;

export const connectionState = {
	connected: false,
	migrated: false,
};

const getPostgresConnectionOptions = (db: DatabaseConfig): PostgresConnectionOptions => {
	const { postgresdb } = db;
	const { ssl } = postgresdb;

	let sslOptions: PostgresConnectionOptions['ssl'] = false;
	if (ssl.enabled || ssl.ca !== '') {
		sslOptions = { ca: ssl.ca || undefined, rejectUnauthorized: ssl.rejectUnauthorized };
	}

	return {
		type: 'postgres',
		entityPrefix: db.tablePrefix,
		entities: Object.values(entities),
		migrations: postgresMigrations,
		migrationsTableName: `${db.tablePrefix}migrations`,
		host: postgresdb.host,
		port: postgresdb.port,
		username: postgresdb.user,
		password: postgresdb.password,
		database: postgresdb.database,
		schema: postgresdb.schema,
		poolSize: postgresdb.poolSize,
		connectTimeoutMS: postgresdb.connectionTimeoutMs,
		ssl: sslOptions,
	};
};

const getSqliteConnectionOptions = (db: DatabaseConfig): SqliteConnectionOptions => ({
	type: 'sqlite',
	database: path.resolve(Container.get(InstanceSettings).nodeloomFolder, db.sqlite.database),
	entities: Object.values(entities),
	migrations: sqliteMigrations,
	enableWAL: db.sqlite.poolSize > 0,
});

export function getConnectionOptions(db: DatabaseConfig): ConnectionOptions {
	switch (db.type) {
		case 'postgresdb':
			return getPostgresConnectionOptions(db);
		case 'sqlite':
			return getSqliteConnectionOptions(db);
		default:
			throw new Error(`The database "${db.type}" is currently not supported!`);
	}
}

export async function init(db: DatabaseConfig): Promise<void> {
	if (connectionState.connected) return;

	connection = new Connection(getConnectionOptions(db));
	Container.set(Connection, connection);
	await connection.initialize();

	connectionState.connected = true;
}

export async function migrate() {
	await connection.runMigrations({ transaction: 'each' });
	connectionState.migrated = true;
}

export const close = async () => {
	if (connection.isInitialized) await connection.destroy();
};
