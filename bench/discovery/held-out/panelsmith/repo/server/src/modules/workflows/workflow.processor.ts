import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { Repository } from 'typeorm';
import { WORKFLOW_QUEUE } from '../../config/redis.config';
import { WorkflowExecution } from '../../entities/workflow-execution.entity';
import { EmailService } from '../email/email.service';
import { WorkflowRunnerService } from './workflow-runner.service';
import type { WorkflowJob } from './workflow-queue.producer';

@Processor(WORKFLOW_QUEUE, { concurrency: parseInt(process.env.WORKFLOW_WORKER_CONCURRENCY || '5', 10) })
export class WorkflowProcessor extends WorkerHost {
  private readonly logger = new Logger(WorkflowProcessor.name);

  constructor(
    @InjectRepository(WorkflowExecution) private readonly executions: Repository<WorkflowExecution>,
    private readonly runner: WorkflowRunnerService,
    private readonly email: EmailService,
  ) {
    super();
  }

  async process(job: Job<WorkflowJob>) {
    const { executionId, appId, params, notifyEmail } = job.data;
    await this.executions.update(executionId, { status: 'running', startedAt: new Date() });
    try {
      const logs = await this.runner.run(appId, params);
      await this.executions.update(executionId, { status: 'succeeded', logs, finishedAt: new Date() });
    } catch (err) {
      this.logger.error(`workflow ${appId} execution ${executionId} failed: ${err}`);
      await this.executions.update(executionId, { status: 'failed', finishedAt: new Date() });
      if (notifyEmail && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.email.sendWorkflowFailure(notifyEmail, appId, executionId, String(err));
      }
      throw err;
    }
  }
}
