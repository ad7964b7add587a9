import Redis from 'ioredis';
import conf, { booleanConf, logApp } from '../config/conf';

const REDIS_PREFIX = conf.get('redis:namespace') ? `${conf.get('redis:namespace')}:` : '';
const REDIS_STREAM_NAME = `${REDIS_PREFIX}stream.opencti`;

const redisOptions = () => ({
  keyPrefix: REDIS_PREFIX,
  port: conf.get('redis:port'),
  host: conf.get('redis:hostname'),
  username: conf.get('redis:username'),
  password: conf.get('redis:password'),
  tls: booleanConf('redis:use_ssl', false) ? {} : undefined,
  retryStrategy: (times) => Math.min(times * 50, 2000),
});

const createRedisClient = (provider) => {
  const client = new Redis(redisOptions());
  client.on('error', (err) => logApp.error(`[REDIS] ${provider} error`, { err }));
  return client;
};

const clients = { base: null, lock: null };

export const initializeRedisClients = async () => {
  clients.base = createRedisClient('base');
  clients.lock = createRedisClient('lock');
};

// Session & cache
export const setSession = (id, data, ttl) => clients.base.set(`session:${id}`, JSON.stringify(data), 'EX', ttl);
export const getSession = async (id) => JSON.parse(await clients.base.get(`session:${id}`));

// Distributed locks
export const lockResource = (key, ttl) => clients.lock.set(`lock:${key}`, '1', 'PX', ttl, 'NX');

// Live event stream
export const storeEvent = (event) => clients.base.xadd(REDIS_STREAM_NAME, 'MAXLEN', '~', conf.get('redis:trimming'), '*', 'data', JSON.stringify(event));
export const fetchStreamEvents = (from) => clients.base.xread('COUNT', 500, 'STREAMS', REDIS_STREAM_NAME, from);
