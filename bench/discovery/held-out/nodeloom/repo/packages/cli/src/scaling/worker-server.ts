import { GlobalConfig } from '@nodeloom/config';
import express from 'express';
import http from 'node:http';
import { Service } from 'typedi';

import * as Db from '@/databases/data-source';
import { ScalingService } from './scaling.service';

/** Health endpoints on workers, used by container probes only. */
@Service()
export class WorkerServer {
	private readonly app = express();

	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly scalingService: ScalingService,
	) {}

	async init(endpoints: { health: boolean; credentialsOverwrites: boolean; metrics: boolean }) {
		if (endpoints.health) {
			this.app.get('/healthz', (_req, res) => res.send({ status: 'ok' }));
			this.app.get('/healthz/readiness', async (_req, res) => {
				const dbOk = Db.connectionState.connected;
				try {
					await this.scalingService.pingQueue();
					res.status(dbOk ? 200 : 503).send({ status: dbOk ? 'ok' : 'error' });
				} catch {
					res.status(503).send({ status: 'error' });
				}
			});
		}

		const server = http.createServer(this.app);
		const { port } = this.globalConfig.queue.health;
		await new Promise<void>((resolve) => server.listen(port, '::', resolve));
	}
}
