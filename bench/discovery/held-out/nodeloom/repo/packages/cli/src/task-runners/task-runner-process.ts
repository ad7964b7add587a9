import { GlobalConfig } from '@nodeloom/config';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as process from 'node:process';
import { Service } from 'typedi';

import { Logger } from '@/logging/logger.service';

/**
 * Internal mode: the main instance (or a worker without sidecar) spawns the JS task runner as a
 * child process in the same container. The child connects back to the broker on 127.0.0.1.
 */
@Service()
export class TaskRunnerProcess {
	private process: ChildProcess | null = null;

	private readonly runnerLibPath = require.resolve('@nodeloom/task-runner/start');

	constructor(
		private readonly logger: Logger,
		private readonly globalConfig: GlobalConfig,
	) {}

	async start() {
		const { taskRunners } = this.globalConfig;
		const grantToken = taskRunners.authToken;
		const taskBrokerUri = `http://127.0.0.1:${taskRunners.port}`;

		this.process = spawn('node', ['--disallow-code-generation-from-strings', this.runnerLibPath], {
			env: {
				PATH: process.env.PATH,
				GENERIC_TIMEZONE: process.env.GENERIC_TIMEZONE,
				NODELOOM_RUNNERS_GRANT_TOKEN: grantToken,
				NODELOOM_RUNNERS_TASK_BROKER_URI: taskBrokerUri,
				NODELOOM_RUNNERS_MAX_PAYLOAD: taskRunners.maxPayload.toString(),
				NODELOOM_RUNNERS_MAX_CONCURRENCY: taskRunners.maxConcurrency.toString(),
			},
		});

		this.process.stdout?.pipe(process.stdout);
		this.process.stderr?.pipe(process.stderr);
		this.process.on('exit', (code) => this.logger.warn(`Task runner exited with code ${code}`));
	}

	async stop() {
		this.process?.kill();
	}
}
