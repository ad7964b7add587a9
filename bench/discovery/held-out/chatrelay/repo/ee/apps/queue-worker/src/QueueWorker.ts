import { ServiceClass } from '@chatrelay/core-services';
import { getConnection } from '@chatrelay/models';
import MessageQueue from 'mongo-message-queue';

type Actions = 'work' | 'workComplete';

export class QueueWorker extends ServiceClass {
	protected name = 'queue-worker';

	private queue = new MessageQueue();

	private retryCount = 5;

	private queueName = 'chatrelay_queue';

	async created(): Promise<void> {
		const db = await getConnection();
		this.queue.databasePromise = () => Promise.resolve(db);
		this.queue.collectionName = this.queueName;
		this.queue.maxWorkers = 5;
		this.queue.registerWorker('*', async (queueItem: { message: { to: string; foreignInterfaceId?: string } }) => {
			try {
				// `to` is "service.action", e.g. "omnichannel-transcript.workOnPdf"
				await this.api?.call(queueItem.message.to, queueItem.message);
				return 'Completed';
			} catch (e) {
				return this.retryCount > 0 ? 'Rejected' : 'Completed';
			}
		});
	}

	async queueWork<T extends Record<string, unknown>>(queue: Actions, to: string, data: T): Promise<void> {
		await this.queue.enqueue(queue, { ...data, to });
	}

	async queueInfo(): Promise<{ total: number }> {
		const db = await getConnection();
		const total = await db.collection(this.queueName).countDocuments();
		return { total };
	}
}
