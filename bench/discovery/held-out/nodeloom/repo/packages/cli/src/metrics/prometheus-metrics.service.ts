import { GlobalConfig } from '@nodeloom/config';
import type express from 'express';
import promBundle from 'express-prom-bundle';
import promClient from 'prom-client';
import { Service } from 'typedi';

import { CacheService } from '@/services/cache/cache.service';

/** Exposes `/metrics` for Prometheus to scrape. Nothing is pushed anywhere. */
@Service()
export class PrometheusMetricsService {
	constructor(
		private readonly cacheService: CacheService,
		private readonly globalConfig: GlobalConfig,
	) {}

	private readonly prefix = this.globalConfig.endpoints.metrics.prefix;

	async init(app: express.Application) {
		promClient.register.clear();
		promClient.collectDefaultMetrics({ prefix: this.prefix });

		new promClient.Gauge({
			name: this.prefix + 'version_info',
			help: 'nodeloom version info.',
			labelNames: ['version', 'major', 'minor', 'patch'],
		}).set({ version: process.env.NODELOOM_VERSION ?? 'dev' }, 1);

		app.use(
			'/rest/',
			promBundle({
				autoregister: false,
				includeUp: false,
				includePath: true,
				includeMethod: true,
				includeStatusCode: true,
			}),
		);

		app.get('/metrics', async (_req, res) => {
			const metrics = await promClient.register.metrics();
			res.setHeader('Content-Type', promClient.register.contentType);
			res.send(metrics).end();
		});
	}
}
