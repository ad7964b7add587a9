export interface IBroker {
	call(method: string, data: any): Promise<any>;
	broadcast(event: string, ...args: any[]): Promise<void>;
	createService(instance: ServiceClass): void;
}

type Handler = (...args: any[]) => void;

export abstract class ServiceClass {
	protected abstract name: string;

	protected api?: IBroker;

	private events = new Map<string, Handler[]>();

	getName(): string {
		return this.name;
	}

	getEvents(): Map<string, Handler[]> {
		return this.events;
	}

	setApi(api: IBroker): void {
		this.api = api;
	}

	onEvent(event: string, handler: Handler): void {
		this.events.set(event, [...(this.events.get(event) || []), handler]);
	}

	async created(): Promise<void> {}

	async started(): Promise<void> {}
}

export class ServiceClassInternal extends ServiceClass {
	protected name = 'internal';
}

let broker: IBroker | undefined;

export const api = {
	setBroker(b: IBroker) {
		broker = b;
	},
	registerService(instance: ServiceClass) {
		broker?.createService(instance);
	},
	call(method: string, ...args: any[]) {
		return broker?.call(method, args);
	},
	broadcast(event: string, ...args: any[]) {
		return broker?.broadcast(event, ...args);
	},
};

export const Authorization = {
	hasPermission: (uid: string, permission: string, scope?: string) => api.call('authorization.hasPermission', uid, permission, scope),
};

export const Presence = {
	setStatus: (uid: string, status: string) => api.call('presence.setStatus', uid, status),
};

export const QueueWorker = {
	queueWork: (to: string, data: unknown) => api.call('queue-worker.queueWork', 'work', to, data),
};

export const OmnichannelTranscript = {
	requestTranscript: (details: unknown) => api.call('omnichannel-transcript.requestTranscript', details),
};
