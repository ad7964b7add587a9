import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'nodeloom-workflow';
import pgPromise from 'pg-promise';

/**
 * Postgres node: runs queries against a database the *user* configures in a credential.
 * Not related to nodeloom's own database (DB_POSTGRESDB_*).
 */
async function configurePostgres(credentials: ICredentialDataDecryptedObject) {
	const pgp = pgPromise();
	const db = pgp({
		host: credentials.host as string,
		port: credentials.port as number,
		database: credentials.database as string,
		user: credentials.user as string,
		password: credentials.password as string,
		ssl: credentials.ssl === 'disable' ? false : { rejectUnauthorized: credentials.ssl === 'require' },
		keepAlive: true,
	});
	return { db, pgp };
}

export class Postgres implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Postgres',
		name: 'postgres',
		icon: 'file:postgres.svg',
		group: ['input'],
		version: [2, 2.1, 2.2, 2.3, 2.4, 2.5],
		description: 'Get, add and update data in Postgres',
		defaults: { name: 'Postgres' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'postgres', required: true }],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				options: [
					{ name: 'Execute Query', value: 'executeQuery' },
					{ name: 'Insert', value: 'insert' },
				],
				default: 'executeQuery',
			},
			{ displayName: 'Query', name: 'query', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = await this.getCredentials('postgres');
		const { db, pgp } = await configurePostgres(credentials);
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];

		try {
			for (let i = 0; i < items.length; i++) {
				const query = this.getNodeParameter('query', i) as string;
				const rows = await db.any(query);
				returnData.push(...rows.map((json: object) => ({ json })));
			}
		} finally {
			pgp.end();
		}
		return [returnData];
	}
}
