import IORedis, { Cluster, Redis } from 'ioredis';

export enum InMemoryProviderEnum {
  CACHE = 'cache',
  ELASTICACHE = 'elasticache',
}

export interface InMemoryProviderConfig {
  host?: string;
  port?: number;
  password?: string;
  clusterHost?: string;
  ttlSeconds?: number;
}

/**
 * Redis connection for caching. Uses a cluster client when REDIS_CLUSTER_SERVICE_HOST is set
 * (Pingwell Cloud on ElastiCache), a single node otherwise. With no host configured the cache
 * is disabled and every lookup falls through to MongoDB.
 */
export class InMemoryProviderService {
  public client?: Redis | Cluster;

  constructor(public readonly type: InMemoryProviderEnum, private readonly cfg: InMemoryProviderConfig) {
    if (cfg.clusterHost) {
      this.client = new IORedis.Cluster([{ host: cfg.clusterHost, port: cfg.port ?? 6379 }], {
        dnsLookup: (address, callback) => callback(null, address),
        redisOptions: { tls: {}, password: cfg.password },
      });
    } else if (cfg.host) {
      this.client = new IORedis({
        host: cfg.host,
        port: cfg.port ?? 6379,
        password: cfg.password,
        db: 1,
        connectTimeout: 50_000,
        keyPrefix: 'pw:cache:',
      });
    }
  }

  get ttl() {
    return this.cfg.ttlSeconds ?? 60 * 60 * 2;
  }

  isReady() {
    return this.client?.status === 'ready';
  }
}
