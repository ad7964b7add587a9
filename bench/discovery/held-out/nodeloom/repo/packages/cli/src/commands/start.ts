import { Flags } from '@oclif/core';
import { Container } from 'typedi';

import { ActiveWorkflowManager } from '@/active-workflow-manager';
import { ScalingService } from '@/scaling/scaling.service';
import { Publisher } from '@/scaling/pubsub/publisher.service';
import { Subscriber } from '@/scaling/pubsub/subscriber.service';
import { Server } from '@/server';
import { TaskRunnerModule } from '@/task-runners/task-runner-module';
import { PrometheusMetricsService } from '@/metrics/prometheus-metrics.service';
import { UserManagementMailer } from '@/user-management/email/user-management-mailer';

import { BaseCommand } from './base-command';

export class Start extends BaseCommand {
	static description = 'Starts nodeloom. Makes Web-UI available and starts active workflows';

	static examples = ['$ nodeloom start', '$ nodeloom start --tunnel', '$ nodeloom start -o'];

	static flags = {
		help: Flags.help({ char: 'h' }),
		open: Flags.boolean({ char: 'o', description: 'opens the UI automatically in browser' }),
		tunnel: Flags.boolean({ description: 'runs the webhooks via a hooks.nodeloom.cloud tunnel server. Use only for testing and development!' }),
	};

	protected server = Container.get(Server);

	override needsCommunityPackages = true;

	async init() {
		this.instanceType = 'main';
		await super.init();

		await this.initLicense();
		await this.initBinaryDataService();

		if (this.globalConfig.executionsMode === 'queue') {
			const scaling = Container.get(ScalingService);
			// main enqueues jobs and listens to global job events
			await scaling.setupQueue();

			await Container.get(Publisher).init();
			const subscriber = Container.get(Subscriber);
			await subscriber.subscribe('nodeloom.commands');
			await subscriber.subscribe('nodeloom.worker-response');
		}

		// Task runners on main always run in internal mode (child process)
		const { taskRunners } = this.globalConfig;
		if (taskRunners.enabled) {
			await Container.get(TaskRunnerModule).start();
		}

		if (this.globalConfig.endpoints.metrics.enable) {
			await Container.get(PrometheusMetricsService).init(this.server.app);
		}

		await Container.get(UserManagementMailer).init();
	}

	async run() {
		const { flags } = await this.parse(Start);

		await this.server.start();

		if (!process.env.NODELOOM_DISABLE_PRODUCTION_MAIN_PROCESS) {
			await Container.get(ActiveWorkflowManager).init();
		}

		const editorUrl = `${this.globalConfig.protocol}://${this.globalConfig.host}:${this.globalConfig.port}`;
		this.log(`\nEditor is now accessible via:\n${editorUrl}`);

		if (flags.tunnel) {
			this.log('\nWaiting for tunnel ...');
			// tunnel support removed from production images
		}

		// Make sure that the process does not close
		await new Promise(() => {});
	}
}
