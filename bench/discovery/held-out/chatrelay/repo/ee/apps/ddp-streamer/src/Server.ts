import type { IncomingMessage } from 'http';
import type WebSocket from 'ws';
import EJSON from 'ejson';

type Method = (...args: any[]) => Promise<unknown>;

export class Server {
	private handlers = new Map<string, Method>();

	private fallbackHandler?: (method: string, params: unknown[]) => Promise<unknown>;

	methods(obj: Record<string, Method>): void {
		for (const [k, v] of Object.entries(obj)) this.handlers.set(k, v);
	}

	fallback(fn: (method: string, params: unknown[]) => Promise<unknown>): void {
		this.fallbackHandler = fn;
	}

	addClient(ws: WebSocket, _req: IncomingMessage): void {
		ws.send(EJSON.stringify({ server_id: '0' }));
		ws.on('message', async (raw) => {
			const packet = EJSON.parse(raw.toString());
			if (packet.msg === 'connect') {
				ws.send(EJSON.stringify({ msg: 'connected', session: Math.random().toString(36).slice(2) }));
				return;
			}
			if (packet.msg === 'ping') {
				ws.send(EJSON.stringify({ msg: 'pong' }));
				return;
			}
			if (packet.msg === 'method') {
				try {
					const handler = this.handlers.get(packet.method);
					const result = handler ? await handler(...packet.params) : await this.fallbackHandler?.(packet.method, packet.params);
					ws.send(EJSON.stringify({ msg: 'result', id: packet.id, result }));
				} catch (error: any) {
					ws.send(EJSON.stringify({ msg: 'result', id: packet.id, error: { error: error.message } }));
				}
			}
		});
	}
}
