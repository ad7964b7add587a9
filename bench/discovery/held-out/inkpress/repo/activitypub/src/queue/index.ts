import { InProcessMessageQueue, type MessageQueue } from '@fedify/fedify';
import { createPubSubQueue } from './pubsub.js';

export function createQueue(): MessageQueue {
    if (process.env.USE_MQ === 'true') {
        return createPubSubQueue();
    }
    return new InProcessMessageQueue();
}
