import { Config, Env, Nested } from '@nodeloom/config';
import { Container } from 'typedi';
import { createServer } from 'node:http';

import { JsTaskRunner } from './task-runner';

@Config
class BaseRunnerConfig {
	/** One-time grant token, fetched by the launcher from the broker and handed over via env */
	@Env('NODELOOM_RUNNERS_GRANT_TOKEN')
	grantToken: string = '';

	@Env('NODELOOM_RUNNERS_TASK_BROKER_URI')
	taskBrokerUri: string = 'http://127.0.0.1:5679';

	@Env('NODELOOM_RUNNERS_MAX_PAYLOAD')
	maxPayloadSize: number = 1024 * 1024 * 1024;

	@Env('NODELOOM_RUNNERS_MAX_CONCURRENCY')
	maxConcurrency: number = 5;

	/** Seconds of idleness before the runner exits; the launcher restarts it on demand */
	@Env('NODELOOM_RUNNERS_AUTO_SHUTDOWN_TIMEOUT')
	idleTimeout: number = 0;

	@Env('NODELOOM_RUNNERS_HEALTH_CHECK_SERVER_PORT')
	healthCheckServerPort: number = 5681;
}

@Config
class MainConfig {
	@Nested
	baseRunnerConfig: BaseRunnerConfig;
}

let runner: JsTaskRunner | undefined;

function startHealthCheckServer(port: number) {
	// polled by the launcher on 127.0.0.1 only
	createServer((_req, res) => {
		res.writeHead(200).end('OK');
	}).listen(port, '127.0.0.1');
}

(async function start() {
	const config = Container.get(MainConfig);
	const { baseRunnerConfig } = config;

	if (!baseRunnerConfig.grantToken) {
		throw new Error('Missing NODELOOM_RUNNERS_GRANT_TOKEN environment variable');
	}

	startHealthCheckServer(baseRunnerConfig.healthCheckServerPort);

	runner = new JsTaskRunner(baseRunnerConfig);
	runner.on('runner:reached-idle-timeout', () => {
		runner?.stop();
		process.exit(0);
	});

	process.on('SIGINT', () => runner?.stop());
	process.on('SIGTERM', () => runner?.stop());
})().catch((error: Error) => {
	console.error('Task runner failed to start', { error });
	process.exit(1);
});
