const amqp = require('amqplib');
const logger = require('winston');

const config = require('./config');

let channel = null;

async function connect() {
  const connection = await amqp.connect(config.rabbitUrl);
  connection.on('close', () => {
    logger.error('RabbitMQ connection closed, exiting');
    process.exit(1);
  });
  channel = await connection.createChannel();
  await channel.assertExchange(config.exchange, 'topic', { durable: false, autoDelete: true });
  return channel;
}

// One exclusive queue per websocket client, bound to the routing keys it subscribed to.
async function subscribe(routingKey, onMessage) {
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, config.exchange, routingKey);
  const { consumerTag } = await channel.consume(queue, (msg) => {
    if (msg) {
      onMessage(JSON.parse(msg.content.toString()));
    }
  }, { noAck: true });
  return async () => {
    await channel.cancel(consumerTag);
    await channel.deleteQueue(queue);
  };
}

module.exports = { connect, subscribe };
