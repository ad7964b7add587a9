import Bull from 'bull';
import { Container } from 'typedi';

import { ScalingService } from '@/scaling/scaling.service';
import * as testDb from './shared/test-db';

describe('ScalingService (integration)', () => {
	let queue: Bull.Queue;

	beforeAll(async () => {
		await testDb.init();
		queue = new Bull('jobs', { redis: { host: 'localhost', port: 6379 } });
	});

	afterAll(async () => {
		await queue.close();
		await testDb.terminate();
	});

	it('enqueues a job on the local redis', async () => {
		const scaling = Container.get(ScalingService);
		await scaling.setupQueue();
		const job = await scaling.addJob({ executionId: '123', loadStaticData: false }, { priority: 100 });
		expect(job.data.executionId).toBe('123');
	});
});
