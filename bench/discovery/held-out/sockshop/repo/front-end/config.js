const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

let redisStore;
function buildRedisStore() {
  if (!redisStore) {
    const client = createClient({ url: 'redis://session-db:6379' });
    client.connect().catch((err) => console.error('session-db connection failed', err));
    redisStore = new RedisStore({ client, prefix: 'sess:' });
  }
  return redisStore;
}

module.exports = {
  sessionConfig: {
    name: 'md.sid',
    secret: 'sooper secret',
    resave: false,
    saveUninitialized: true,
  },

  get sessionRedisConfig() {
    return {
      name: 'md.sid',
      secret: 'sooper secret',
      resave: false,
      saveUninitialized: true,
      store: buildRedisStore(),
    };
  },
};
