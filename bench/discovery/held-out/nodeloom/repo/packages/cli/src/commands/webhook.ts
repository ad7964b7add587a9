import { Flags } from '@oclif/core';
import { Container } from 'typedi';

import { ScalingService } from '@/scaling/scaling.service';
import { Subscriber } from '@/scaling/pubsub/subscriber.service';
import { Publisher } from '@/scaling/pubsub/publisher.service';
import { WebhookServer } from '@/webhooks/webhook-server';

import { BaseCommand } from './base-command';

export class Webhook extends BaseCommand {
	static description = 'Starts nodeloom webhook process. Intercepts only production URLs.';

	static examples = ['$ nodeloom webhook'];

	static flags = {
		help: Flags.help({ char: 'h' }),
	};

	protected server = Container.get(WebhookServer);

	override needsCommunityPackages = true;

	async init() {
		this.instanceType = 'webhook';

		if (this.globalConfig.executionsMode !== 'queue') {
			this.error('Webhook processes can only run with execution mode as queue.');
		}

		await super.init();

		await this.initLicense();
		await this.initBinaryDataService();

		// Webhook processors enqueue executions and wait for job results from workers
		await Container.get(ScalingService).setupQueue();

		await Container.get(Publisher).init();
		await Container.get(Subscriber).subscribe('nodeloom.commands');
	}

	async run() {
		await this.server.start();
		this.logger.info('Webhook listener waiting for requests.');

		// Make sure that the process does not close
		await new Promise(() => {});
	}
}
