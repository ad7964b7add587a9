import { Config, Env, Nested } from '../decorators';

@Config
class HealthConfig {
	/** Whether to enable the worker health check endpoints `/healthz` and `/healthz/readiness`. */
	@Env('QUEUE_HEALTH_CHECK_ACTIVE')
	active: boolean = false;

	@Env('QUEUE_HEALTH_CHECK_PORT')
	port: number = 5678;
}

@Config
class RedisConfig {
	/** Name of the Redis DB to use. */
	@Env('QUEUE_BULL_REDIS_DB')
	db: number = 0;

	@Env('QUEUE_BULL_REDIS_HOST')
	host: string = 'localhost';

	@Env('QUEUE_BULL_REDIS_PASSWORD')
	password: string = '';

	@Env('QUEUE_BULL_REDIS_PORT')
	port: number = 6379;

	@Env('QUEUE_BULL_REDIS_TIMEOUT_THRESHOLD')
	timeoutThreshold: number = 10_000;

	@Env('QUEUE_BULL_REDIS_USERNAME')
	username: string = '';

	/** Cluster nodes in the format `host:port,host:port` */
	@Env('QUEUE_BULL_REDIS_CLUSTER_NODES')
	clusterNodes: string = '';

	@Env('QUEUE_BULL_REDIS_TLS')
	tls: boolean = false;
}

@Config
class BullConfig {
	/** Prefix for Bull keys in Redis. */
	@Env('QUEUE_BULL_PREFIX')
	prefix: string = 'bull';

	@Nested
	redis: RedisConfig;

	@Env('QUEUE_WORKER_LOCK_DURATION')
	lockDuration: number = 30_000;
}

@Config
export class ScalingModeConfig {
	@Nested
	health: HealthConfig;

	@Nested
	bull: BullConfig;
}
