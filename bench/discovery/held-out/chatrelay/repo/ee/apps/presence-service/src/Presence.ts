import { ServiceClass } from '@chatrelay/core-services';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';

import { processPresenceAndStatus } from './lib/processConnectionStatus';

type Session = { _id: string; connections: { id: string; instanceId: string; status: string; _updatedAt: Date }[] };

export class Presence extends ServiceClass {
	protected name = 'presence';

	constructor() {
		super();
		this.onEvent('watch.instanceStatus', async ({ clientAction, id }: { clientAction: string; id: string }) => {
			if (clientAction === 'removed') {
				await this.removeLostConnections(id);
			}
		});
	}

	async newConnection(uid: string, session: string, nodeId: string): Promise<void> {
		const Sessions = getModel<Collection<Session>>('usersSessions');
		await Sessions.updateOne(
			{ _id: uid },
			{ $push: { connections: { id: session, instanceId: nodeId, status: 'online', _updatedAt: new Date() } } },
			{ upsert: true },
		);
		await this.updateUserPresence(uid);
	}

	async removeConnection(uid: string, session: string): Promise<void> {
		const Sessions = getModel<Collection<Session>>('usersSessions');
		await Sessions.updateOne({ _id: uid }, { $pull: { connections: { id: session } } });
		await this.updateUserPresence(uid);
	}

	async removeLostConnections(nodeID: string): Promise<void> {
		const Sessions = getModel<Collection<Session>>('usersSessions');
		await Sessions.updateMany({}, { $pull: { connections: { instanceId: nodeID } } });
	}

	async setStatus(uid: string, statusDefault: string): Promise<void> {
		const Users = getModel<Collection<{ _id: string; status?: string; statusDefault?: string; username?: string }>>('users');
		await Users.updateOne({ _id: uid }, { $set: { statusDefault } });
		await this.updateUserPresence(uid);
	}

	private async updateUserPresence(uid: string): Promise<void> {
		const Users = getModel<Collection<{ _id: string; status?: string; statusDefault?: string; username?: string }>>('users');
		const Sessions = getModel<Collection<Session>>('usersSessions');
		const [user, sessions] = await Promise.all([Users.findOne({ _id: uid }), Sessions.findOne({ _id: uid })]);
		if (!user) return;
		const { status, statusConnection } = processPresenceAndStatus(sessions?.connections || [], user.statusDefault);
		await Users.updateOne({ _id: uid }, { $set: { status, statusConnection } });
		await this.api?.broadcast('presence.status', { user: { _id: uid, username: user.username, status }, previousStatus: user.status });
	}
}
