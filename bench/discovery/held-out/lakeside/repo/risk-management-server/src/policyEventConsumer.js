'use strict';

const stompit = require('stompit');

/**
 * Subscribes to the policy-events queue on ActiveMQ over STOMP. policy-management-backend publishes there
 * with JMS; ActiveMQ bridges OpenWire and STOMP for us.
 */
function startPolicyEventConsumer(config, dataManager, logger) {
  const servers = [{
    host: config.activemq.host,
    port: config.activemq.port,
    connectHeaders: {
      host: '/',
      login: config.activemq.user,
      passcode: config.activemq.password,
      'heart-beat': '10000,10000',
    },
  }];

  const manager = new stompit.ConnectFailover(servers, {
    initialReconnectDelay: 1000,
    maxReconnectDelay: config.activemq.reconnectDelayMs,
    maxReconnects: -1,
  });

  manager.on('error', (err) => logger.warn({ err: err.message }, 'activemq connection problem, retrying'));

  const channel = new stompit.ChannelFactory(manager);
  channel.subscribe({ destination: config.activemq.queue, ack: 'client-individual' }, (err, message, subscription) => {
    if (err) {
      logger.error({ err: err.message }, 'subscription failed');
      return;
    }
    message.readString('utf-8', (readErr, body) => {
      if (readErr) {
        logger.error({ err: readErr.message }, 'could not read message');
        channel.nack?.(message);
        return;
      }
      try {
        dataManager.apply(JSON.parse(body));
        message.ack();
      } catch (e) {
        logger.error({ err: e.message, body }, 'bad policy event, dropping');
        message.ack();
      }
    });
  });
  logger.info({ host: config.activemq.host, queue: config.activemq.queue }, 'listening for policy events');
}

module.exports = { startPolicyEventConsumer };
