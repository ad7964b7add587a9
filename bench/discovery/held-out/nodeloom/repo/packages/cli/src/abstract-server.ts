import { GlobalConfig } from '@nodeloom/config';
import compression from 'compression';
import express from 'express';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { Container, Service } from 'typedi';

import * as Db from '@/databases/data-source';
import { Logger } from '@/logging/logger.service';
import { WebhookService } from '@/webhooks/webhook.service';

@Service()
export abstract class AbstractServer {
	protected server: Server;

	readonly app: express.Application;

	protected globalConfig = Container.get(GlobalConfig);

	protected logger = Container.get(Logger);

	protected restEndpoint: string;

	protected endpointWebhook: string;

	protected endpointWebhookWaiting: string;

	protected endpointWebhookTest: string;

	protected webhooksEnabled = true;

	protected testWebhooksEnabled = false;

	constructor() {
		this.app = express();
		this.app.disable('x-powered-by');

		const { endpoints } = this.globalConfig;
		this.restEndpoint = endpoints.rest;
		this.endpointWebhook = endpoints.webhook;
		this.endpointWebhookWaiting = endpoints.webhookWaiting;
		this.endpointWebhookTest = endpoints.webhookTest;
	}

	async configure(): Promise<void> {
		// Additional configuration in derived classes
	}

	private async setupHealthCheck() {
		this.app.get('/healthz', (_req, res) => res.send({ status: 'ok' }));
		this.app.get('/healthz/readiness', (_req, res) => {
			const { connected, migrated } = Db.connectionState;
			res.status(connected && migrated ? 200 : 503).send({ status: connected && migrated ? 'ok' : 'error' });
		});
	}

	async init(): Promise<void> {
		const { app } = this;
		this.server = createServer(app);

		const { port, listen_address: address } = this.globalConfig;
		await new Promise<void>((resolve) => this.server.listen(port, address, () => resolve()));
		await this.setupHealthCheck();
		this.logger.info(`nodeloom ready on ${address}, port ${port}`);
	}

	async start(): Promise<void> {
		await this.init();
		this.app.use(compression());

		if (this.webhooksEnabled) {
			const webhookService = Container.get(WebhookService);
			// Production webhooks: look up in DB/cache, enqueue execution to Bull in queue mode
			this.app.all(`/${this.endpointWebhook}/*`, webhookService.createRequestHandler('live'));
			this.app.all(`/${this.endpointWebhookWaiting}/:path`, webhookService.createRequestHandler('waiting'));
		}

		if (this.testWebhooksEnabled) {
			const webhookService = Container.get(WebhookService);
			this.app.all(`/${this.endpointWebhookTest}/*`, webhookService.createRequestHandler('test'));
		}

		await this.configure();
	}
}
