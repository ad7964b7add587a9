import metrics from 'prom-client';

/**
 * Prometheus metrics for the streaming server (scraped from /metrics; telemetry only).
 * @param {string[]} channels
 * @param {import('pg').Pool} pgPool
 */
export function setupMetrics(channels, pgPool) {
  metrics.collectDefaultMetrics();

  new metrics.Gauge({
    name: 'pg_pool_total_connections',
    help: 'The total number of clients existing within the pool',
    collect() { this.set(pgPool.totalCount); },
  });

  const connectedClients = new metrics.Gauge({ name: 'connected_clients', help: 'The number of clients connected to the streaming server', labelNames: ['type'] });
  const connectedChannels = new metrics.Gauge({ name: 'connected_channels', help: 'The number of channels the streaming server is streaming to', labelNames: ['type', 'channel'] });
  const redisSubscriptions = new metrics.Gauge({ name: 'redis_subscriptions', help: 'The number of Redis channels the streaming server is subscribed to' });
  const redisMessagesReceived = new metrics.Counter({ name: 'redis_messages_received_total', help: 'The total number of messages the streaming server has received from redis subscriptions' });

  channels.forEach(channel => connectedChannels.set({ type: 'websocket', channel }, 0));

  const requestHandler = (req, res) => {
    metrics.register.metrics().then((output) => {
      res.set('Content-Type', metrics.register.contentType);
      res.end(output);
    });
  };

  return { requestHandler, connectedClients, connectedChannels, redisSubscriptions, redisMessagesReceived };
}
