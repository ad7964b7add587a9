import { GlobalConfig, TaskRunnersConfig } from '@nodeloom/config';
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server, IncomingMessage, ServerResponse } from 'node:http';
import { Service } from 'typedi';
import { parse as parseUrl } from 'node:url';
import { Server as WSServer } from 'ws';

import { Logger } from '@/logging/logger.service';

import { TaskBrokerAuthController } from './task-broker-auth.controller';
import { TaskBrokerWsServer } from './task-broker-ws-server';

/**
 * HTTP + WebSocket server that task runners (JS / Python) connect to.
 * Runs inside main (internal mode) and workers (external mode, sidecar launcher connects).
 *
 *   POST /runners/auth   -> exchange NODELOOM_RUNNERS_AUTH_TOKEN for a one-time grant token
 *   GET  /runners/_ws    -> websocket upgrade, runner protocol (offers, tasks, RPC)
 */
@Service()
export class TaskBrokerServer {
	private server: Server | undefined;

	private wsServer: WSServer | undefined;

	readonly app: express.Application;

	constructor(
		private readonly logger: Logger,
		private readonly globalConfig: GlobalConfig,
		private readonly authController: TaskBrokerAuthController,
		private readonly taskBrokerWsServer: TaskBrokerWsServer,
	) {
		this.app = express();
		this.app.disable('x-powered-by');
	}

	private get config(): TaskRunnersConfig {
		return this.globalConfig.taskRunners;
	}

	async start(): Promise<void> {
		await this.setupHttpServer();
		this.setupWsServer();
		this.setupCommonMiddlewares();
		this.configureRoutes();
	}

	async stop(): Promise<void> {
		this.wsServer?.close();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	private async setupHttpServer() {
		const { app } = this;
		this.server = createServer(app);

		const { port, listenAddress: address } = this.config;
		this.server.on('error', (error: Error & { code: string }) => {
			if (error.code === 'EADDRINUSE') {
				this.logger.info(`nodeloom Task Broker's port ${port} is already in use. Do you have another instance running?`);
				process.exit(1);
			}
		});

		await new Promise<void>((resolve) => this.server!.listen(port, address, () => resolve()));
		this.logger.info(`Task broker listening on ${address}:${(this.server.address() as AddressInfo).port}`);
	}

	private setupWsServer() {
		const { maxPayload } = this.config;
		this.wsServer = new WSServer({ noServer: true, maxPayload });
		this.server!.on('upgrade', (request: IncomingMessage & { ws?: unknown }, socket, head) => {
			if (parseUrl(request.url ?? '').pathname === `${this.config.path}/_ws`) {
				this.wsServer!.handleUpgrade(request, socket, head, (ws) => {
					request.ws = ws;
					const response = new ServerResponse(request);
					response.writeHead = (statusCode) => {
						if (statusCode > 200) ws.close();
						return response;
					};
					// @ts-expect-error Hidden API
					this.app.handle(request, response);
				});
			}
		});
	}

	private setupCommonMiddlewares() {
		this.app.use(express.json());
	}

	private configureRoutes() {
		const { path } = this.config;
		this.app.use(
			`${path}/_ws`,
			this.authController.authMiddleware,
			(req: IncomingMessage & { ws: unknown; query: Record<string, string> }) =>
				this.taskBrokerWsServer.handleRequest(req),
		);

		this.app.post(`${path}/auth`, this.authController.createGrantToken);

		this.app.get('/healthz', (_, res) => res.send({ status: 'ok' }));
	}
}
