const Keyv = require('keyv');
const { CacheKeys, ViolationTypes } = require('parlance-data-provider');
const { isEnabled } = require('~/server/utils');
const keyvRedis = require('./keyvRedis');
const keyvMongo = require('./keyvMongo');

const { BAN_DURATION, USE_REDIS } = process.env ?? {};
const duration = Number(BAN_DURATION) || 1000 * 60 * 60 * 2;

const createViolationInstance = (namespace) => {
  const config = isEnabled(USE_REDIS) ? { store: keyvRedis } : { store: keyvMongo };
  return new Keyv({ ...config, namespace, ttl: duration });
};

const config = isEnabled(USE_REDIS)
  ? new Keyv({ store: keyvRedis })
  : new Keyv({ namespace: CacheKeys.CONFIG_STORE });

const pending_req = isEnabled(USE_REDIS)
  ? new Keyv({ store: keyvRedis })
  : new Keyv({ namespace: 'pending_req' });

const namespaces = {
  [CacheKeys.CONFIG_STORE]: config,
  pending_req,
  [ViolationTypes.BAN]: new Keyv({ store: keyvMongo, namespace: CacheKeys.BANS, ttl: duration }),
  general: new Keyv({ store: keyvMongo, namespace: 'violations' }),
  concurrent: createViolationInstance('concurrent'),
  logins: createViolationInstance('logins'),
  registrations: createViolationInstance('registrations'),
  message_limit: createViolationInstance('message_limit'),
};

function getLogStores(key) {
  if (!key || !namespaces[key]) {
    throw new Error(`Invalid store key: ${key}`);
  }
  return namespaces[key];
}

module.exports = getLogStores;
