import { EventEmitter } from 'node:events';
import { nanoid } from 'nanoid';
import { runInNewContext } from 'node:vm';
import { WebSocket } from 'ws';

type BrokerMessage =
	| { type: 'broker:inforequest' }
	| { type: 'broker:runnerregistered' }
	| { type: 'broker:taskofferaccept'; taskId: string; offerId: string }
	| { type: 'broker:tasksettings'; taskId: string; settings: { code: string; items: unknown[] } }
	| { type: 'broker:taskcancel'; taskId: string; reason: string };

export interface RunnerOpts {
	grantToken: string;
	taskBrokerUri: string;
	maxPayloadSize: number;
	maxConcurrency: number;
	idleTimeout: number;
}

/**
 * JavaScript task runner. Connects to the task broker (inside main/worker) over a websocket at
 * `ws://{NODELOOM_RUNNERS_TASK_BROKER_URI host}/runners/_ws` and executes Code node snippets.
 */
export class JsTaskRunner extends EventEmitter {
	id: string = nanoid();

	ws: WebSocket;

	runningTasks = new Map<string, { active: boolean }>();

	private offerInterval: NodeJS.Timeout | undefined;

	private idleTimer: NodeJS.Timeout | undefined;

	constructor(private readonly opts: RunnerOpts) {
		super();

		const { host: taskBrokerHost } = new URL(opts.taskBrokerUri);
		const wsUrl = `ws://${taskBrokerHost}/runners/_ws?id=${this.id}`;

		this.ws = new WebSocket(wsUrl, {
			headers: { authorization: `Bearer ${opts.grantToken}` },
			maxPayload: opts.maxPayloadSize,
		});

		this.ws.addEventListener('error', (event) => {
			const error = (event as unknown as { error: Error & { code?: string } }).error;
			if (error?.code === 'ECONNREFUSED') {
				console.warn(`Error: Failed to connect to the task broker at ${taskBrokerHost}`);
			} else {
				console.error(`Error: Task broker connection error: ${error?.message}`);
			}
			process.exit(1);
		});
		this.ws.addEventListener('message', (event) => this.receiveMessage(event.data as string));
		this.ws.addEventListener('close', () => this.stopTaskOffers());

		this.resetIdleTimer();
	}

	private receiveMessage(raw: string) {
		const message = JSON.parse(raw) as BrokerMessage;
		switch (message.type) {
			case 'broker:inforequest':
				this.send({ type: 'runner:info', name: 'JS Task Runner', types: ['javascript'] });
				break;
			case 'broker:runnerregistered':
				this.startTaskOffers();
				break;
			case 'broker:taskofferaccept':
				this.runningTasks.set(message.taskId, { active: false });
				this.send({ type: 'runner:taskaccepted', taskId: message.taskId });
				break;
			case 'broker:tasksettings':
				void this.executeTask(message.taskId, message.settings);
				break;
			case 'broker:taskcancel':
				this.runningTasks.delete(message.taskId);
				break;
		}
	}

	private startTaskOffers() {
		this.offerInterval = setInterval(() => {
			if (this.runningTasks.size >= this.opts.maxConcurrency) return;
			this.send({ type: 'runner:taskoffer', offerId: nanoid(), taskType: 'javascript', validFor: 5000 });
		}, 250);
	}

	private stopTaskOffers() {
		clearInterval(this.offerInterval);
	}

	private async executeTask(taskId: string, settings: { code: string; items: unknown[] }) {
		this.resetIdleTimer();
		try {
			const result = runInNewContext(`(async () => { ${settings.code} })()`, { items: settings.items }, { timeout: 60_000 });
			this.send({ type: 'runner:taskdone', taskId, data: { result: await result } });
		} catch (error) {
			this.send({ type: 'runner:taskerror', taskId, error: { message: (error as Error).message } });
		} finally {
			this.runningTasks.delete(taskId);
		}
	}

	private resetIdleTimer() {
		if (this.opts.idleTimeout === 0) return;
		clearTimeout(this.idleTimer);
		this.idleTimer = setTimeout(() => {
			if (this.runningTasks.size === 0) this.emit('runner:reached-idle-timeout');
		}, this.opts.idleTimeout * 1000);
	}

	private send(message: Record<string, unknown>) {
		this.ws.send(JSON.stringify(message));
	}

	stop() {
		this.stopTaskOffers();
		this.ws.close();
	}
}
