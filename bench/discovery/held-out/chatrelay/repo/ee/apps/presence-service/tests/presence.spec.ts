import { expect } from 'chai';
import { MongoMemoryReplSet } from 'mongodb-memory-server';
import { MongoClient } from 'mongodb';

import { processPresenceAndStatus } from '../src/lib/processConnectionStatus';

describe('presence', () => {
	let repl: MongoMemoryReplSet;
	let client: MongoClient;

	before(async () => {
		repl = await MongoMemoryReplSet.create({ replSet: { count: 1 } });
		client = await MongoClient.connect(repl.getUri());
	});

	after(async () => {
		await client.close();
		await repl.stop();
	});

	it('picks the most available connection status', () => {
		expect(processPresenceAndStatus([{ status: 'away' }, { status: 'online' }]).status).to.equal('online');
	});

	it('is offline without connections', async () => {
		await client.db('test').collection('usersSessions').insertOne({ _id: 'u1' as any, connections: [] });
		expect(processPresenceAndStatus([]).status).to.equal('offline');
	});
});
