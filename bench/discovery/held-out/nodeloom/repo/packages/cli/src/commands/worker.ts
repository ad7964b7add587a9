import { Flags } from '@oclif/core';
import { Container } from 'typedi';

import { JobProcessor } from '@/scaling/job-processor';
import { Publisher } from '@/scaling/pubsub/publisher.service';
import { Subscriber } from '@/scaling/pubsub/subscriber.service';
import { ScalingService } from '@/scaling/scaling.service';
import { TaskRunnerModule } from '@/task-runners/task-runner-module';
import { WorkerServer } from '@/scaling/worker-server';

import { BaseCommand } from './base-command';

export class Worker extends BaseCommand {
	static description = '\nStarts a nodeloom worker';

	static examples = ['$ nodeloom worker --concurrency=5'];

	static flags = {
		help: Flags.help({ char: 'h' }),
		concurrency: Flags.integer({
			default: 10,
			description: 'How many jobs can run in parallel.',
		}),
	};

	concurrency: number;

	scalingService: ScalingService;

	override needsCommunityPackages = true;

	async init() {
		this.instanceType = 'worker';

		const { QUEUE_WORKER_TIMEOUT } = process.env;
		if (QUEUE_WORKER_TIMEOUT) {
			this.logger.warn('QUEUE_WORKER_TIMEOUT has been deprecated. Rename it to NODELOOM_GRACEFUL_SHUTDOWN_TIMEOUT.');
		}

		await super.init();

		await this.initLicense();
		await this.initBinaryDataService();

		const { taskRunners } = this.globalConfig;
		if (taskRunners.enabled) {
			// external mode: broker listens on NODELOOM_RUNNERS_BROKER_PORT for the launcher sidecar
			await Container.get(TaskRunnerModule).start();
		}

		await Container.get(Publisher).init();
		await Container.get(Subscriber).subscribe('nodeloom.commands');
	}

	async run() {
		const { flags } = await this.parse(Worker);
		this.concurrency = flags.concurrency;

		this.scalingService = Container.get(ScalingService);
		await this.scalingService.setupQueue();
		this.scalingService.setupWorker(this.concurrency, Container.get(JobProcessor));

		if (this.globalConfig.queue.health.active) {
			await Container.get(WorkerServer).init({ health: true, credentialsOverwrites: false, metrics: false });
		}

		// Make sure that the process does not close
		await new Promise(() => {});
	}
}
