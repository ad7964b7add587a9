import { Config, Env, Nested } from '../decorators';

@Config
class PostgresSSLConfig {
	/** Whether to enable SSL. If `DB_POSTGRESDB_SSL_CA`, `DB_POSTGRESDB_SSL_CERT`, or `DB_POSTGRESDB_SSL_KEY` are defined, `DB_POSTGRESDB_SSL_ENABLED` defaults to `true`. */
	@Env('DB_POSTGRESDB_SSL_ENABLED')
	enabled: boolean = false;

	@Env('DB_POSTGRESDB_SSL_CA')
	ca: string = '';

	@Env('DB_POSTGRESDB_SSL_REJECT_UNAUTHORIZED')
	rejectUnauthorized: boolean = true;
}

@Config
class PostgresConfig {
	@Env('DB_POSTGRESDB_DATABASE')
	database: string = 'nodeloom';

	@Env('DB_POSTGRESDB_HOST')
	host: string = 'localhost';

	@Env('DB_POSTGRESDB_PASSWORD')
	password: string = '';

	@Env('DB_POSTGRESDB_PORT')
	port: number = 5432;

	@Env('DB_POSTGRESDB_USER')
	user: string = 'postgres';

	@Env('DB_POSTGRESDB_SCHEMA')
	schema: string = 'public';

	@Env('DB_POSTGRESDB_POOL_SIZE')
	poolSize: number = 2;

	@Env('DB_POSTGRESDB_CONNECTION_TIMEOUT')
	connectionTimeoutMs: number = 20_000;

	@Nested
	ssl: PostgresSSLConfig;
}

@Config
class SqliteConfig {
	/** SQLite database file name */
	@Env('DB_SQLITE_DATABASE')
	database: string = 'database.sqlite';

	@Env('DB_SQLITE_POOL_SIZE')
	poolSize: number = 0;
}

@Config
export class DatabaseConfig {
	/** Type of database to use */
	@Env('DB_TYPE')
	type: 'sqlite' | 'mariadb' | 'mysqldb' | 'postgresdb' = 'sqlite';

	@Env('DB_TABLE_PREFIX')
	tablePrefix: string = '';

	@Nested
	postgresdb: PostgresConfig;

	@Nested
	sqlite: SqliteConfig;
}
