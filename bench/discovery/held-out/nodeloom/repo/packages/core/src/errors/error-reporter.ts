import type { NodeOptions } from '@sentry/node';
import { createHash } from 'crypto';
import { Service } from 'typedi';

type ErrorLevel = 'fatal' | 'error' | 'warning' | 'info';

/**
 * Reports unhandled errors to Sentry when NODELOOM_SENTRY_DSN is set. Error tracking only.
 */
@Service()
export class ErrorReporter {
	private initialized = false;

	private seenErrors = new Set<string>();

	async init(instanceType: 'main' | 'webhook' | 'worker', dsn: string) {
		process.on('uncaughtException', (error) => {
			this.error(error);
		});

		if (!dsn) {
			this.initialized = true;
			return;
		}

		const { init, captureException, setTag } = await import('@sentry/node');
		const { RewriteFrames } = await import('@sentry/integrations');

		const options: NodeOptions = {
			dsn,
			release: process.env.NODELOOM_VERSION,
			environment: process.env.ENVIRONMENT ?? 'production',
			enableTracing: false,
			integrations: (integrations) => [
				...integrations.filter(({ name }) => name !== 'OnUncaughtException'),
				new RewriteFrames({ root: process.cwd() }),
			],
			beforeSend: (event, { originalException }) => {
				if (!originalException) return null;
				const hash = createHash('sha1').update(String(originalException)).digest('base64');
				if (this.seenErrors.has(hash)) return null;
				this.seenErrors.add(hash);
				return event;
			},
		};
		init(options);
		setTag('server_type', instanceType);

		this.report = (error) => captureException(error);
		this.initialized = true;
	}

	private report: (error: unknown) => void = () => {};

	error(e: unknown, options?: { level?: ErrorLevel }) {
		console.error('ERROR:', e, options?.level ?? 'error');
		if (this.initialized) this.report(e);
	}
}
