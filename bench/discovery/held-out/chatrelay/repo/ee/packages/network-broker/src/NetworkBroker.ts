import type { ServiceBroker, Context } from 'moleculer';

import type { ServiceClass, IBroker } from '@chatrelay/core-services';

export class NetworkBroker implements IBroker {
	private started: Promise<void>;

	constructor(private broker: ServiceBroker) {
		this.started = this.broker.start();
	}

	async call(method: string, data: any): Promise<any> {
		await this.started;
		return this.broker.call(method, data);
	}

	async broadcast(event: string, ...args: any[]): Promise<void> {
		return this.broker.broadcast(event, args);
	}

	createService(instance: ServiceClass): void {
		const name = instance.getName();
		const actions: Record<string, (ctx: Context) => any> = {};
		const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(instance)).filter(
			(m) => m !== 'constructor' && typeof (instance as any)[m] === 'function' && !m.startsWith('_'),
		);
		for (const method of methods) {
			actions[method] = (ctx: Context) => (instance as any)[method](...(ctx.params as any[]));
		}

		const events: Record<string, (ctx: Context) => void> = {};
		for (const [event, handlers] of instance.getEvents()) {
			events[event] = (ctx: Context) => handlers.forEach((h) => h(...(ctx.params as any[])));
		}

		this.broker.createService({ name, actions, events });
		instance.setApi(this);
	}

	async destroyService(name: string): Promise<void> {
		const svc = this.broker.getLocalService(name);
		if (svc) await this.broker.destroyService(svc);
	}
}
