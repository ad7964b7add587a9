import type { Redis as SingleNodeClient, Cluster as MultiNodeClient } from 'ioredis';
import debounce from 'lodash/debounce';
import { InstanceSettings } from 'nodeloom-core';
import { Service } from 'typedi';

import { EventService } from '@/events/event.service';
import { Logger } from '@/logging/logger.service';
import { RedisClientService } from '@/services/redis-client.service';

type PubSubChannel = 'nodeloom.commands' | 'nodeloom.worker-response';

/**
 * Responsible for subscribing to the pubsub channels used by scaling mode.
 */
@Service()
export class Subscriber {
	private readonly client: SingleNodeClient | MultiNodeClient;

	constructor(
		private readonly logger: Logger,
		private readonly instanceSettings: InstanceSettings,
		private readonly eventService: EventService,
		private readonly redisClientService: RedisClientService,
	) {
		this.client = this.redisClientService.createClient({ type: 'subscriber(nodeloom)' });

		const handlerFn = (msg: Record<string, unknown>) => {
			const eventName = msg.command ?? msg.response;
			if (typeof eventName === 'string') this.eventService.emit(eventName, msg.payload);
		};
		const debouncedHandlerFn = debounce(handlerFn, 300);

		this.client.on('message', (channel: PubSubChannel, str: string) => {
			const msg = this.parseMessage(str, channel);
			if (!msg) return;
			if (msg.senderId === this.instanceSettings.hostId) return;
			if (msg.debounce) debouncedHandlerFn(msg);
			else handlerFn(msg);
		});
	}

	async subscribe(channel: PubSubChannel) {
		await this.client.subscribe(channel, (error) => {
			if (error) {
				this.logger.error(`Failed to subscribe to channel ${channel}`, { error });
				return;
			}
			this.logger.debug(`Subscribed to channel ${channel}`);
		});
	}

	shutdown() {
		this.client.disconnect();
	}

	private parseMessage(str: string, channel: PubSubChannel) {
		try {
			return JSON.parse(str) as Record<string, unknown>;
		} catch {
			this.logger.error(`Received malformed message via channel ${channel}`, { msg: str });
			return null;
		}
	}
}
