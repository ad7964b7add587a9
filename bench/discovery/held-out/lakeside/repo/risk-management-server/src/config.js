'use strict';

// All settings come from the environment; the defaults are for running next to docker-compose.dev.yml.
module.exports = {
  grpc: {
    bindAddress: process.env.GRPC_BIND_ADDRESS || '0.0.0.0',
    port: Number(process.env.GRPC_PORT || 50051),
  },
  activemq: {
    host: process.env.ACTIVEMQ_HOST || 'localhost',
    port: Number(process.env.ACTIVEMQ_STOMP_PORT || 61613),
    user: process.env.ACTIVEMQ_USER || 'bayshore',
    password: process.env.ACTIVEMQ_PASSWORD || 'changeme-local-only',
    queue: process.env.POLICY_EVENTS_QUEUE || '/queue/policy-events',
    reconnectDelayMs: Number(process.env.ACTIVEMQ_RECONNECT_DELAY_MS || 5000),
  },
  dataDir: process.env.RISK_DATA_DIR || './data',
};
