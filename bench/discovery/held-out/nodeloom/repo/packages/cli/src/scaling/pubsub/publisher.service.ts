import type { Redis as SingleNodeClient, Cluster as MultiNodeClient } from 'ioredis';
import { InstanceSettings } from 'nodeloom-core';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';
import { RedisClientService } from '@/services/redis-client.service';

export const COMMAND_PUBSUB_CHANNEL = 'nodeloom.commands';
export const WORKER_RESPONSE_PUBSUB_CHANNEL = 'nodeloom.worker-response';

export type PubSubCommand = {
	command: 'reload-license' | 'restart-event-bus' | 'add-webhooks-triggers-and-pollers' | 'remove-triggers-and-pollers' | 'relay-execution-lifecycle-event';
	senderId?: string;
	targets?: string[];
	payload?: Record<string, unknown>;
};

/**
 * Responsible for publishing messages into the pubsub channels used by scaling mode.
 * Main and webhook instances publish commands; workers publish worker responses.
 */
@Service()
export class Publisher {
	private client: SingleNodeClient | MultiNodeClient;

	constructor(
		private readonly logger: Logger,
		private readonly redisClientService: RedisClientService,
		private readonly instanceSettings: InstanceSettings,
	) {}

	async init() {
		this.client = this.redisClientService.createClient({ type: 'publisher(nodeloom)' });
	}

	shutdown() {
		this.client.disconnect();
	}

	/** Publish a command into the `nodeloom.commands` channel. */
	async publishCommand(msg: PubSubCommand) {
		await this.client.publish(
			COMMAND_PUBSUB_CHANNEL,
			JSON.stringify({ ...msg, senderId: this.instanceSettings.hostId }),
		);
		this.logger.debug(`Published ${msg.command} to command channel`);
	}

	/** Publish a response to a command into the `nodeloom.worker-response` channel. */
	async publishWorkerResponse(msg: { workerId: string; response: string; payload?: unknown }) {
		await this.client.publish(WORKER_RESPONSE_PUBSUB_CHANNEL, JSON.stringify(msg));
		this.logger.debug(`Published response ${msg.response} to worker response channel`);
	}
}
