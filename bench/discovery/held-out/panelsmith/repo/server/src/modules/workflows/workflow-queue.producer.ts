import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Repository } from 'typeorm';
import { WORKFLOW_QUEUE } from '../../config/redis.config';
import { WorkflowExecution } from '../../entities/workflow-execution.entity';

export interface WorkflowJob {
  executionId: string;
  appId: string;
  params: Record<string, unknown>;
  notifyEmail?: string;
}

@Injectable()
export class WorkflowQueueProducer {
  constructor(
    @InjectQueue(WORKFLOW_QUEUE) private readonly queue: Queue<WorkflowJob>,
    @InjectRepository(WorkflowExecution) private readonly executions: Repository<WorkflowExecution>,
  ) {}

  async enqueue(appId: string, params: Record<string, unknown>, notifyEmail?: string) {
    const execution = await this.executions.save(this.executions.create({ appId, status: 'queued' }));
    await this.queue.add(
      'run',
      { executionId: execution.id, appId, params, notifyEmail },
      { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000 },
    );
    return execution;
  }
}
