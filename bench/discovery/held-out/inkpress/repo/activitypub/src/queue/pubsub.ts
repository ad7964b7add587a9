import { PubSub } from '@google-cloud/pubsub';
import type { MessageQueue } from '@fedify/fedify';

/**
 * Google Cloud Pub/Sub backed queue for Fedify. Only used on the hosted platform (USE_MQ=true);
 * self-hosted installs use the in-process queue.
 */
export function createPubSubQueue(): MessageQueue {
    const pubsub = new PubSub({
        projectId: process.env.MQ_PUBSUB_PROJECT_ID,
        emulatorMode: process.env.MQ_PUBSUB_HOST !== undefined,
        apiEndpoint: process.env.MQ_PUBSUB_HOST,
    });
    const topic = pubsub.topic(process.env.MQ_PUBSUB_TOPIC_NAME ?? 'activitypub-fedify');

    return {
        async enqueue(message) {
            await topic.publishMessage({ json: message });
        },
        listen(handler) {
            const sub = pubsub.subscription(process.env.MQ_PUBSUB_SUBSCRIPTION_NAME ?? 'activitypub-fedify-sub');
            sub.on('message', async (msg) => {
                await handler(JSON.parse(msg.data.toString()));
                msg.ack();
            });
        },
    } as MessageQueue;
}
