const BaseCacheAdapter = require('@tryghost/adapter-base-cache');
const logging = require('@tryghost/logging');
const cacheManager = require('cache-manager');
const redisStoreFactory = require('cache-manager-ioredis');
const crypto = require('crypto');

/**
 * Redis cache adapter. Enabled with
 *   adapters__cache__active=Redis
 *   adapters__cache__Redis__host=redis
 * Every feature cache (imageSizes, linkRedirects, postsPublic, ...) gets its own key prefix
 * but they share one connection when reuseConnection=true.
 */
class AdapterCacheRedis extends BaseCacheAdapter {
    constructor(config) {
        super();
        this.cache = config.cache;

        if (!this.cache) {
            const storeOptions = {
                ttl: config.ttl,
                host: config.host,
                port: config.port,
                username: config.username,
                password: config.password,
                retryStrategy: () => {
                    return (config.storeConfig?.retryConnectSeconds || 10) * 1000;
                },
                ...(config.clusterConfig || {})
            };
            if (config.reuseConnection) {
                storeOptions.redisInstance = AdapterCacheRedis.sharedClient(storeOptions);
            }
            this.cache = cacheManager.caching({
                store: redisStoreFactory,
                ...storeOptions
            });
        }

        this.keyPrefix = config.keyPrefix || 'inkpress:';
        this.currentCacheVersion = 'v1';
        this.redisClient = this.cache.store.getClient();
        this.redisClient.on('error', (err) => {
            logging.error(err);
        });
    }

    static sharedClient(options) {
        if (!AdapterCacheRedis._client) {
            const Redis = require('ioredis');
            AdapterCacheRedis._client = new Redis({host: options.host, port: options.port, password: options.password});
        }
        return AdapterCacheRedis._client;
    }

    _buildKey(key) {
        return `${this.keyPrefix}${this.currentCacheVersion}:${crypto.createHash('md5').update(key).digest('hex')}`;
    }

    async get(key) {
        try {
            return await this.cache.get(this._buildKey(key));
        } catch (err) {
            logging.error(err);
        }
    }

    async set(key, value) {
        try {
            return await this.cache.set(this._buildKey(key), value);
        } catch (err) {
            logging.error(err);
        }
    }

    async reset() {
        const stream = this.redisClient.scanStream({match: `${this.keyPrefix}*`, count: 100});
        for await (const keys of stream) {
            if (keys.length) {
                await this.redisClient.unlink(keys);
            }
        }
    }
}

module.exports = AdapterCacheRedis;
