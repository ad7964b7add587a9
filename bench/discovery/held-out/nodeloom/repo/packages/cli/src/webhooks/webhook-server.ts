import { Service } from 'typedi';

import { AbstractServer } from '@/abstract-server';

/**
 * Server for the `webhook` command: only production webhooks (/webhook/*, /webhook-waiting/*).
 * Requests are turned into executions and pushed to the Bull queue; the processor waits for the
 * worker's `respond-to-webhook` / `job-finished` progress message when the workflow responds.
 */
@Service()
export class WebhookServer extends AbstractServer {
	constructor() {
		super();
		this.webhooksEnabled = true;
		this.testWebhooksEnabled = false;
	}
}
