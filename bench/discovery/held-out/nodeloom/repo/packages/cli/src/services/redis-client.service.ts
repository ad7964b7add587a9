import { GlobalConfig } from '@nodeloom/config';
import ioRedis from 'ioredis';
import type { Cluster, RedisOptions } from 'ioredis';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';

type RedisClientType =
	| 'subscriber(nodeloom)'
	| 'publisher(nodeloom)'
	| 'cache(nodeloom)'
	| 'client(bull)'
	| 'subscriber(bull)'
	| 'bclient(bull)';

/**
 * Creates all Redis connections used by nodeloom: Bull queue clients, pub/sub and cache.
 * All of them use the same connection settings from `QUEUE_BULL_REDIS_*`.
 */
@Service()
export class RedisClientService {
	private readonly clients = new Set<ioRedis | Cluster>();

	private readonly config = {
		maxRetries: 10,
		timeoutThreshold: this.globalConfig.queue.bull.redis.timeoutThreshold,
	};

	constructor(
		private readonly logger: Logger,
		private readonly globalConfig: GlobalConfig,
	) {}

	createClient(arg: { type: RedisClientType; extraOptions?: RedisOptions }) {
		const client =
			this.clusterNodes().length > 0
				? this.createClusterClient(arg)
				: this.createRegularClient(arg);

		client.on('error', (error) => this.logger.error('[Redis] ' + error.message, { type: arg.type }));
		this.clients.add(client);
		return client;
	}

	disconnectClients() {
		for (const client of this.clients) {
			client.disconnect();
		}
	}

	toValidPrefix(prefix: string) {
		if (this.clusterNodes().length > 0) {
			if (!prefix.startsWith('{')) prefix = '{' + prefix;
			if (!prefix.endsWith('}')) prefix += '}';
		}
		return prefix;
	}

	private createRegularClient({ type, extraOptions }: { type: RedisClientType; extraOptions?: RedisOptions }) {
		const options = this.getOptions({ extraOptions });
		const { host, port } = this.globalConfig.queue.bull.redis;
		options.host = host;
		options.port = port;

		this.logger.debug('Creating regular client', { type, host, port });
		return new ioRedis(options);
	}

	private createClusterClient({ type, extraOptions }: { type: RedisClientType; extraOptions?: RedisOptions }) {
		const options = this.getOptions({ extraOptions });
		const clusterNodes = this.clusterNodes();
		this.logger.debug('Creating cluster client', { type, clusterNodes });
		return new ioRedis.Cluster(clusterNodes, { redisOptions: options });
	}

	private getOptions({ extraOptions }: { extraOptions?: RedisOptions }) {
		const { username, password, db, tls } = this.globalConfig.queue.bull.redis;

		const options: RedisOptions = {
			username,
			password,
			db,
			enableReadyCheck: false,
			maxRetriesPerRequest: null,
			retryStrategy: () => 1000,
			...extraOptions,
		};
		if (tls) options.tls = {};
		return options;
	}

	private clusterNodes() {
		return this.globalConfig.queue.bull.redis.clusterNodes
			.split(',')
			.filter((pair) => pair.trim().length > 0)
			.map((pair) => {
				const [host, port] = pair.split(':');
				return { host, port: parseInt(port) };
			});
	}
}
