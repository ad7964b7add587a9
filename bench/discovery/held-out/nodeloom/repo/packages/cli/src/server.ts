import { GlobalConfig } from '@nodeloom/config';
import cookieParser from 'cookie-parser';
import express from 'express';
import { resolve } from 'path';
import { Container, Service } from 'typedi';

import { AbstractServer } from '@/abstract-server';
import { Push } from '@/push';
import { ControllerRegistry } from '@/controller.registry';

/** Main instance server: REST API for the editor, push connection, test webhooks, editor UI assets. */
@Service()
export class Server extends AbstractServer {
	private readonly push = Container.get(Push);

	constructor() {
		super();
		this.testWebhooksEnabled = true;
		this.webhooksEnabled = !process.env.NODELOOM_DISABLE_PRODUCTION_MAIN_PROCESS;
	}

	override async configure(): Promise<void> {
		const { app, restEndpoint } = this;
		app.use(cookieParser());
		app.use(express.json({ limit: '16mb' }));

		// websocket / SSE push connection for the editor
		this.push.setupPushServer(restEndpoint, this.server, app);

		Container.get(ControllerRegistry).activate(app);

		// Serve the editor UI
		const editorUiDist = resolve(require.resolve('nodeloom-editor-ui'), '..', 'dist');
		app.use('/', express.static(editorUiDist, { index: false }));
		app.get('*', (_req, res) => res.sendFile(resolve(editorUiDist, 'index.html')));

		const { templates } = Container.get(GlobalConfig);
		this.logger.debug(`Templates enabled: ${templates.enabled}`);
	}
}
