import { GlobalConfig } from '@nodeloom/config';
import { Container, Service } from 'typedi';

import { TaskBrokerServer } from './task-broker/task-broker-server';
import { TaskRunnerProcess } from './task-runner-process';

@Service()
export class TaskRunnerModule {
	private taskBrokerServer: TaskBrokerServer | undefined;

	private taskRunnerProcess: TaskRunnerProcess | undefined;

	constructor(private readonly globalConfig: GlobalConfig) {}

	async start() {
		const { mode } = this.globalConfig.taskRunners;

		this.taskBrokerServer = Container.get(TaskBrokerServer);
		await this.taskBrokerServer.start();

		if (mode === 'internal') {
			this.taskRunnerProcess = Container.get(TaskRunnerProcess);
			await this.taskRunnerProcess.start();
		}
		// external: the launcher sidecar (nodeloomio/runners) connects on its own
	}

	async stop() {
		await this.taskRunnerProcess?.stop();
		await this.taskBrokerServer?.stop();
	}
}
