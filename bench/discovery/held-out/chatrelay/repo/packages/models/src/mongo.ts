import { MongoClient } from 'mongodb';
import type { Db } from 'mongodb';

const { MONGO_URL = 'mongodb://localhost:3001/meteor' } = process.env;

let client: MongoClient | undefined;

export async function getConnection(poolSize = 5): Promise<Db> {
	if (!client) {
		client = new MongoClient(MONGO_URL, { maxPoolSize: poolSize });
		await client.connect();
	}
	return client.db();
}

export async function getCollection<T extends object>(name: string): Promise<import('mongodb').Collection<T>> {
	const db = await getConnection();
	return db.collection<T>(`chatrelay_${name}`);
}
