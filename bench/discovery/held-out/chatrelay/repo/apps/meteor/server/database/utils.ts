import { MongoInternals } from 'meteor/mongo';
import { MongoClient } from 'mongodb';

// Meteor itself connects using MONGO_URL / MONGO_OPLOG_URL; these defaults only matter for `meteor run`.
const { MONGO_URL = 'mongodb://localhost:3001/meteor', MONGO_OPLOG_URL } = process.env;

export const { db, client } = MongoInternals.defaultRemoteCollectionDriver().mongo;

export const isWatcherRunning = (): boolean => {
	const { mongo } = MongoInternals.defaultRemoteCollectionDriver();
	const oplogHandle = (mongo as any)._oplogHandle;
	return Boolean(oplogHandle?.onOplogEntry) || process.env.USE_NATIVE_OPLOG === 'true';
};

export async function checkReplicaSet(): Promise<void> {
	const probe = new MongoClient(MONGO_URL, { directConnection: false });
	await probe.connect();
	const hello = await probe.db('admin').command({ hello: 1 });
	if (!hello.setName) {
		console.warn('MongoDB is not running as a replica set; change streams unavailable');
	}
	if (!MONGO_OPLOG_URL) {
		console.warn('MONGO_OPLOG_URL not set, falling back to change streams');
	}
	await probe.close();
}
