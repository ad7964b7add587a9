import amqp from 'amqplib/callback_api';
import axios from 'axios';
import conf, { booleanConf, logApp } from '../config/conf';

const USE_SSL = booleanConf('rabbitmq:use_ssl', false);
const USE_SSL_MGMT = booleanConf('rabbitmq:management_ssl', false);
const RABBITMQ_PREFIX = conf.get('rabbitmq:queue_prefix');
const HOSTNAME = conf.get('rabbitmq:hostname');
const PORT = conf.get('rabbitmq:port');
const MGMT_PORT = conf.get('rabbitmq:port_management');
const USERNAME = conf.get('rabbitmq:username');
const PASSWORD = conf.get('rabbitmq:password');
const VHOST = conf.get('rabbitmq:vhost') || '/';

export const CONNECTOR_EXCHANGE = `${RABBITMQ_PREFIX}amqp.connector.exchange`;
export const WORKER_EXCHANGE = `${RABBITMQ_PREFIX}amqp.worker.exchange`;

const amqpUri = () => `amqp${USE_SSL ? 's' : ''}://${USERNAME}:${PASSWORD}@${HOSTNAME}:${PORT}${VHOST === '/' ? '' : `/${VHOST}`}`;

const amqpExecute = (execute) => new Promise((resolve, reject) => {
  amqp.connect(amqpUri(), (err, conn) => {
    if (err) return reject(err);
    return conn.createConfirmChannel((chErr, channel) => {
      if (chErr) return reject(chErr);
      return execute(channel).then((d) => { conn.close(); resolve(d); }).catch(reject);
    });
  });
});

export const send = (exchangeName, routingKey, message) => amqpExecute((channel) => new Promise((resolve, reject) => {
  channel.publish(exchangeName, routingKey, Buffer.from(message), { deliveryMode: 2 }, (err, ok) => (err ? reject(err) : resolve(ok)));
}));

export const pushToConnector = (connector, message) => send(CONNECTOR_EXCHANGE, `${RABBITMQ_PREFIX}listen_routing_${connector.internal_id}`, JSON.stringify(message));
export const pushToSync = (message) => send(WORKER_EXCHANGE, `${RABBITMQ_PREFIX}push_routing_opencti`, JSON.stringify(message));

export const registerConnectorQueues = (id, name, type, scope) => amqpExecute(async (channel) => {
  const listen = `${RABBITMQ_PREFIX}listen_${id}`;
  const push = `${RABBITMQ_PREFIX}push_${id}`;
  channel.assertQueue(listen, { durable: true });
  channel.bindQueue(listen, CONNECTOR_EXCHANGE, `${RABBITMQ_PREFIX}listen_routing_${id}`);
  channel.assertQueue(push, { durable: true });
  channel.bindQueue(push, WORKER_EXCHANGE, `${RABBITMQ_PREFIX}push_routing_${id}`);
  logApp.info(`[RABBITMQ] queues registered for ${name} (${type}, ${scope})`);
  return { listen, push };
});

// Queue statistics through the RabbitMQ management HTTP API
export const metrics = async () => {
  const baseURL = `http${USE_SSL_MGMT ? 's' : ''}://${HOSTNAME}:${MGMT_PORT}`;
  const overview = await axios.get('/api/overview', { baseURL, auth: { username: USERNAME, password: PASSWORD } });
  const queues = await axios.get('/api/queues', { baseURL, auth: { username: USERNAME, password: PASSWORD } });
  return { overview: overview.data, queues: queues.data };
};
