import { GlobalConfig } from '@nodeloom/config';
import Bull from 'bull';
import { InstanceSettings } from 'nodeloom-core';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';
import { RedisClientService } from '@/services/redis-client.service';

import type { JobProcessor } from './job-processor';

export type JobQueue = Bull.Queue<JobData>;
export type Queue = Bull.Queue<JobData>;
export type Job = Bull.Job<JobData>;
export type JobId = Job['id'];
export type JobOptions = Bull.JobOptions;

export type JobData = {
	executionId: string;
	loadStaticData: boolean;
	pushRef?: string;
};

export type JobMessage =
	| { kind: 'respond-to-webhook'; executionId: string; response: unknown }
	| { kind: 'job-finished'; executionId: string; workerId: string }
	| { kind: 'abort-job' };

export const QUEUE_NAME = 'jobs';
export const JOB_TYPE_NAME = 'job';

@Service()
export class ScalingService {
	private queue: Queue;

	constructor(
		private readonly logger: Logger,
		private readonly globalConfig: GlobalConfig,
		private readonly instanceSettings: InstanceSettings,
		private readonly redisClientService: RedisClientService,
	) {}

	// #region Lifecycle

	async setupQueue() {
		const { prefix, lockDuration } = this.globalConfig.queue.bull;
		const service = this.redisClientService;

		this.queue = new Bull(QUEUE_NAME, {
			prefix: service.toValidPrefix(prefix),
			settings: { lockDuration },
			createClient: (type) => service.createClient({ type: `${type}(bull)` }),
		});

		this.registerListeners();

		this.logger.debug('Queue setup completed');
	}

	setupWorker(concurrency: number, jobProcessor: JobProcessor) {
		this.assertWorker();

		void this.queue.process(JOB_TYPE_NAME, concurrency, async (job: Job) => {
			await jobProcessor.processJob(job);
		});

		this.logger.debug('Worker setup completed');
	}

	async stop() {
		await this.queue.pause(true, true);
		this.logger.debug('Queue paused');
	}

	// #endregion

	// #region Jobs

	async addJob(jobData: JobData, jobOptions: JobOptions) {
		const { executionId } = jobData;

		const job = await this.queue.add(JOB_TYPE_NAME, jobData, {
			removeOnComplete: true,
			removeOnFail: true,
			...jobOptions,
		});

		this.logger.info(`Enqueued execution ${executionId} (job ${job.id})`, { executionId, jobId: job.id });
		return job;
	}

	async getJob(jobId: JobId) {
		return await this.queue.getJob(jobId);
	}

	async stopJob(job: Job) {
		const props = { jobId: job.id, executionId: job.data.executionId };
		try {
			if (await job.isActive()) {
				await job.progress({ kind: 'abort-job' });
				this.logger.debug('Stopped active job', props);
				return true;
			}
			await job.remove();
			return true;
		} catch (error: unknown) {
			await job.progress({ kind: 'abort-job' });
			return false;
		}
	}

	// #endregion

	// #region Listeners

	private registerListeners() {
		const { instanceType } = this.instanceSettings;
		if (instanceType === 'main' || instanceType === 'webhook') {
			// Job progress messages published by workers (job-finished, respond-to-webhook, send-chunk)
			this.queue.on('global:progress', (jobId: JobId, msg: { kind: string }) => {
				this.logger.debug(`Received ${msg.kind} for job ${jobId}`);
			});
		}

		this.queue.on('error', (error: Error) => {
			if ('code' in error && error.code === 'ECONNREFUSED') {
				this.logger.warn('Redis unavailable - trying to reconnect...');
				return;
			}
			this.logger.error('Queue errored', { error });
		});
	}

	async pingQueue() {
		await this.queue.client.ping();
	}

	private assertWorker() {
		if (this.instanceSettings.instanceType === 'worker') return;
		throw new Error('This method must be called on a `worker` instance');
	}

	// #endregion
}
