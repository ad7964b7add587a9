import { BinaryDataService, WorkflowExecute } from 'nodeloom-core';
import { Service } from 'typedi';

import { ExecutionRepository } from '@/databases/repositories/execution.repository';
import { WorkflowRepository } from '@/databases/repositories/workflow.repository';
import { Logger } from '@/logging/logger.service';

import type { Job, JobMessage } from './scaling.service';

/**
 * Runs on workers: loads the execution from the DB, runs the workflow (which may call the task
 * broker for Code nodes), persists the result and reports progress back over the Bull queue.
 */
@Service()
export class JobProcessor {
	constructor(
		private readonly logger: Logger,
		private readonly executionRepository: ExecutionRepository,
		private readonly workflowRepository: WorkflowRepository,
		private readonly binaryDataService: BinaryDataService,
	) {}

	async processJob(job: Job) {
		const { executionId, loadStaticData } = job.data;

		const execution = await this.executionRepository.findSingleExecution(executionId, {
			includeData: true,
			unflattenData: true,
		});
		if (!execution) throw new Error(`Worker failed to find data for execution ${executionId}`);

		const workflowId = execution.workflowData.id;
		const workflow = loadStaticData
			? await this.workflowRepository.findOne({ where: { id: workflowId }, select: ['id', 'staticData'] })
			: execution.workflowData;

		this.logger.info(`Worker started execution ${executionId} (job ${job.id})`, { executionId, jobId: job.id });

		const workflowExecute = new WorkflowExecute(execution.mode, {
			sendDataToUI: async (type, data) => {
				await job.progress({ kind: 'send-chunk', executionId, type, data });
			},
		});
		const run = await workflowExecute.processRunExecutionData(workflow, execution.data);

		await this.executionRepository.updateExistingExecution(executionId, { data: run, status: run.status });
		await this.binaryDataService.persistBinaryDataForExecutionId(executionId);

		const msg: JobMessage = { kind: 'job-finished', executionId, workerId: process.env.HOSTNAME ?? 'worker' };
		await job.progress(msg);

		return { success: true };
	}
}
