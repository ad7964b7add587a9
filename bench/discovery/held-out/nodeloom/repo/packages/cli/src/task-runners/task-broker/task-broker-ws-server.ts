import { Service } from 'typedi';
import type WebSocket from 'ws';

import { Logger } from '@/logging/logger.service';

type RunnerMessage =
	| { type: 'runner:info'; name: string; types: string[] }
	| { type: 'runner:taskoffer'; offerId: string; taskType: string; validFor: number }
	| { type: 'runner:taskdone'; taskId: string; data: unknown }
	| { type: 'runner:taskerror'; taskId: string; error: unknown }
	| { type: 'runner:rpc'; callId: string; taskId: string; name: string; params: unknown[] };

/** Keeps the websocket connections of task runners and dispatches tasks to them. */
@Service()
export class TaskBrokerWsServer {
	runnerConnections = new Map<string, WebSocket>();

	constructor(private readonly logger: Logger) {}

	handleRequest(req: { ws: unknown; query: Record<string, string> }) {
		const ws = req.ws as WebSocket;
		const id = req.query.id;
		if (!id) {
			ws.close(1008);
			return;
		}

		ws.on('message', (data: WebSocket.RawData) => {
			const message = JSON.parse(data.toString()) as RunnerMessage;
			if (message.type === 'runner:info') {
				this.runnerConnections.set(id, ws);
				this.logger.info(`Runner "${message.name}" (${id}) connected`, { types: message.types });
			}
		});
		ws.on('close', () => this.runnerConnections.delete(id));

		ws.send(JSON.stringify({ type: 'broker:inforequest' }));
	}

	sendTask(runnerId: string, taskId: string, settings: unknown) {
		this.runnerConnections.get(runnerId)?.send(JSON.stringify({ type: 'broker:tasksettings', taskId, settings }));
	}
}
