import http from 'http';

import { ServiceClass, api } from '@chatrelay/core-services';
import { getModel } from '@chatrelay/models';
import type { Collection } from 'mongodb';
import WebSocket from 'ws';

import { Server } from './Server';
import { StreamerCentral } from './StreamerCentral';

const { PORT = '4000' } = process.env;

export class DDPStreamer extends ServiceClass {
	protected name = 'streamer';

	private server = new Server();

	private wss?: WebSocket.Server;

	constructor() {
		super();

		// events broadcast by stream-hub-service / other services
		this.onEvent('watch.messages', ({ message }: { message: { rid: string } }) => {
			StreamerCentral.emit('room-messages', message.rid, message);
		});
		this.onEvent('watch.subscriptions', ({ clientAction, subscription }: any) => {
			StreamerCentral.emit('notify-user', `${subscription.u._id}/subscriptions-changed`, clientAction, subscription);
		});
		this.onEvent('presence.status', ({ user }: any) => {
			StreamerCentral.emit('user-presence', user._id, [user.username, user.status]);
		});
		this.onEvent('stream', ([streamer, eventName, args]: [string, string, unknown[]]) => {
			StreamerCentral.emit(streamer, eventName, ...args);
		});
	}

	async started(): Promise<void> {
		const httpServer = http.createServer((req, res) => {
			if (req.url === '/health') {
				res.writeHead(200).end('ok');
				return;
			}
			res.writeHead(404).end();
		});

		this.wss = new WebSocket.Server({ server: httpServer, path: '/websocket' });
		this.wss.on('connection', (ws, req) => this.server.addClient(ws, req));

		this.server.methods({
			login: async (params: any) => {
				const result = await api.call('accounts.login', params);
				if (!result) throw new Error('login failed');
				await api.call('presence.newConnection', result.uid, params.session, process.env.INSTANCE_IP);
				return result;
			},
			logout: async (params: any) => api.call('accounts.logout', params),
			'UserPresence:setDefaultStatus': async (uid: string, status: string) => api.call('presence.setStatus', uid, status),
		});

		// everything the streamer cannot answer itself is forwarded to the monolith
		this.server.fallback((method: string, params: unknown[]) => api.call(`meteor.callMethod`, { method, params }));

		httpServer.listen(Number(PORT));
	}

	async getSubscriptions(uid: string) {
		const Subscriptions = getModel<Collection<{ rid: string; u: { _id: string } }>>('subscriptions');
		return Subscriptions.find({ 'u._id': uid }, { projection: { rid: 1 } }).toArray();
	}
}
