import { ServiceClass } from '@chatrelay/core-services';
import { getConnection } from '@chatrelay/models';
import type { ChangeStream } from 'mongodb';

// Watches MongoDB change streams (replica set required) and re-broadcasts them on the
// Moleculer bus as `watch.*` events. It exposes no actions of its own.
const WATCHED = {
	chatrelay_message: 'watch.messages',
	chatrelay_subscriptions: 'watch.subscriptions',
	chatrelay_roles: 'watch.roles',
	chatrelay_permissions: 'watch.permissions',
	chatrelay_settings: 'watch.settings',
	users: 'watch.users',
	chatrelay_livechat_inquiry: 'watch.inquiries',
	instances: 'watch.instanceStatus',
} as const;

export class StreamHub extends ServiceClass {
	protected name = 'hub';

	private streams: ChangeStream[] = [];

	async created(): Promise<void> {
		const db = await getConnection();

		for (const [collection, event] of Object.entries(WATCHED)) {
			const stream = db.collection(collection).watch([], { fullDocument: 'updateLookup' });
			stream.on('change', (change: any) => {
				const clientAction = change.operationType === 'insert' ? 'inserted' : change.operationType === 'delete' ? 'removed' : 'updated';
				void this.api?.broadcast(event, { clientAction, id: change.documentKey._id, data: change.fullDocument });
			});
			stream.on('error', (err) => {
				console.error(`change stream on ${collection} failed`, err);
				process.exit(1);
			});
			this.streams.push(stream);
		}
	}

	async stopped(): Promise<void> {
		await Promise.all(this.streams.map((s) => s.close()));
	}
}
