import { GlobalConfig } from '@nodeloom/config';
import type { Request, Response } from 'express';
import { BinaryDataService } from 'nodeloom-core';
import { Service } from 'typedi';

import { ExecutionRepository } from '@/databases/repositories/execution.repository';
import { WebhookRepository } from '@/databases/repositories/webhook.repository';
import { ScalingService } from '@/scaling/scaling.service';
import { CacheService } from '@/services/cache/cache.service';

type WebhookMode = 'live' | 'waiting' | 'test';

@Service()
export class WebhookService {
	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly webhookRepository: WebhookRepository,
		private readonly executionRepository: ExecutionRepository,
		private readonly cacheService: CacheService,
		private readonly binaryDataService: BinaryDataService,
		private readonly scalingService: ScalingService,
	) {}

	createRequestHandler(mode: WebhookMode) {
		return async (req: Request, res: Response) => {
			const path = req.params[0] ?? req.params.path;
			const cacheKey = `webhook:${req.method}-${path}`;

			let webhook = await this.cacheService.get<{ workflowId: string; node: string }>(cacheKey);
			if (!webhook) {
				const found = await this.webhookRepository.findOneBy({ webhookPath: path, method: req.method });
				if (!found) {
					res.status(404).send({ message: `The requested webhook "${req.method} ${path}" is not registered.` });
					return;
				}
				webhook = { workflowId: found.workflowId, node: found.node };
				await this.cacheService.set(cacheKey, webhook);
			}

			// Multipart uploads are stored as binary data (S3 in queue mode) before enqueueing
			const binaryIds = await this.binaryDataService.storeIncomingRequestFiles(req, webhook.workflowId);

			const executionId = await this.executionRepository.createNewExecution({
				workflowId: webhook.workflowId,
				mode: mode === 'test' ? 'manual' : 'webhook',
				data: { startNode: webhook.node, binaryIds, headers: req.headers, body: req.body },
			});

			if (this.globalConfig.executionsMode === 'queue') {
				await this.scalingService.addJob({ executionId, loadStaticData: false }, { priority: 100 });
				res.status(200).send({ message: 'Workflow was started' });
				return;
			}

			res.status(200).send({ executionId });
		};
	}
}
