import { GlobalConfig } from '@nodeloom/config';
import type { NextFunction, Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Service } from 'typedi';

import { CacheService } from '@/services/cache/cache.service';

const GRANT_TOKEN_TTL = 15 * 1000;

/** Issues one-time grant tokens to runners that present the shared auth token. */
@Service()
export class TaskBrokerAuthController {
	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly cacheService: CacheService,
	) {
		this.createGrantToken = this.createGrantToken.bind(this);
		this.authMiddleware = this.authMiddleware.bind(this);
	}

	async createGrantToken(req: Request<object, object, { token?: string }>, res: Response) {
		const { token } = req.body;
		if (!token || !this.isValidAuthToken(token)) {
			res.status(403).send({ code: 403, message: 'Invalid token' });
			return;
		}

		const grantToken = randomBytes(32).toString('hex');
		await this.cacheService.set(`grant-token:${grantToken}`, '1', GRANT_TOKEN_TTL);
		res.send({ data: { token: grantToken } });
	}

	async authMiddleware(req: Request, res: Response, next: NextFunction) {
		const authHeader = req.headers.authorization;
		if (typeof authHeader !== 'string' || !authHeader.startsWith('Bearer ')) {
			res.status(401).json({ code: 401, message: 'Unauthorized' });
			return;
		}
		const grantToken = authHeader.slice('Bearer '.length);
		const valid = await this.cacheService.get(`grant-token:${grantToken}`);
		if (!valid) {
			res.status(403).json({ code: 403, message: 'Forbidden' });
			return;
		}
		await this.cacheService.delete(`grant-token:${grantToken}`);
		next();
	}

	private isValidAuthToken(token: string) {
		const expected = Buffer.from(this.globalConfig.taskRunners.authToken);
		const actual = Buffer.from(token);
		return expected.length === actual.length && timingSafeEqual(expected, actual);
	}
}
