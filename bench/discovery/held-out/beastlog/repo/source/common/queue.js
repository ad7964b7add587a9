// Thin amqplib wrapper used by the requester (publisher) and recorder (consumer).
const amqp = require('amqplib');

const amqpUrl = () => {
    const host = process.env.AMQP_HOST || 'bestiary-queue';
    const user = process.env.AMQP_USER || 'guest';
    const pass = process.env.AMQP_PASSWORD || 'guest';
    return `amqp://${user}:${pass}@${host}`;
};

let channelPromise;

const getChannel = async () => {
    if (!channelPromise) {
        channelPromise = amqp.connect(amqpUrl())
            .then((conn) => {
                conn.on('close', () => { channelPromise = undefined; });
                return conn.createChannel();
            })
            .catch((err) => {
                channelPromise = undefined;
                throw err;
            });
    }
    return channelPromise;
};

// Producer side
const publishToQueue = async (queue, message, headers = {}) => {
    const channel = await getChannel();
    await channel.assertQueue(queue, { durable: false });
    channel.sendToQueue(queue, Buffer.from(JSON.stringify(message)), { headers });
};

// Consumer side
const consumeQueue = async (queue, handler) => {
    const channel = await getChannel();
    await channel.assertQueue(queue, { durable: false });
    await channel.consume(queue, async (msg) => {
        if (!msg) return;
        try {
            await handler(JSON.parse(msg.content.toString()), msg.properties.headers || {});
            channel.ack(msg);
        } catch (err) {
            channel.nack(msg, false, false);
        }
    });
};

module.exports = { publishToQueue, consumeQueue, amqpUrl };
