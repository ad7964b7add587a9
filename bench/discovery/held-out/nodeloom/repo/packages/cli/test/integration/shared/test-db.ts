import { GlobalConfig } from '@nodeloom/config';
import { randomString } from 'nodeloom-workflow';
import { DataSource as Connection } from 'typeorm';
import { Container } from 'typedi';

import * as Db from '@/databases/data-source';

export const testDbPrefix = 'nodeloom_test_';

/**
 * Initialize one test DB per suite run, with bootstrap connection if needed.
 * Runs against the CI service container / local docker on localhost.
 */
export async function init() {
	const globalConfig = Container.get(GlobalConfig);
	const dbType = globalConfig.database.type;
	const testDbName = `${testDbPrefix}${randomString(6, 10).toLowerCase()}_${Date.now()}`;

	if (dbType === 'postgresdb') {
		const bootstrapPostgres = await new Connection({
			type: 'postgres',
			host: process.env.DB_POSTGRESDB_HOST ?? 'localhost',
			port: 5432,
			username: 'postgres',
			password: 'password',
			database: 'postgres',
		}).initialize();
		await bootstrapPostgres.query(`CREATE DATABASE ${testDbName}`);
		await bootstrapPostgres.destroy();

		globalConfig.database.postgresdb.database = testDbName;
	}

	await Db.init(globalConfig.database);
	await Db.migrate();
}

export async function terminate() {
	await Db.close();
}
