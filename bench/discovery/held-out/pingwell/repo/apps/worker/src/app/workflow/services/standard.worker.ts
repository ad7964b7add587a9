import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { JobTopicNameEnum, StandardQueueService } from '@pingwell/application-generic';
import { JobRepository, NotificationRepository } from '@pingwell/dal';
import { config } from '../../../config/env.validators';
import { SendMessageEmail } from '../usecases/send-message/send-message-email.usecase';
import { SendMessageSms } from '../usecases/send-message/send-message-sms.usecase';
import { SendMessageInApp } from '../usecases/send-message/send-message-in-app.usecase';

type StepJobData = {
  type: 'trigger' | 'step';
  workflowId: string;
  organizationId: string;
  environmentId: string;
  subscriberId: string;
  payload: Record<string, unknown>;
  transactionId: string;
  stepIndex?: number;
};

@Injectable()
export class StandardWorker implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StandardWorker.name);
  private worker?: Worker<StepJobData>;

  constructor(
    @Inject('QUEUE_CONNECTION') private connection: { host: string; port: number; password?: string; db: number },
    private standardQueueService: StandardQueueService,
    private jobRepository: JobRepository,
    private notificationRepository: NotificationRepository,
    private sendEmail: SendMessageEmail,
    private sendSms: SendMessageSms,
    private sendInApp: SendMessageInApp
  ) {}

  onModuleInit() {
    this.worker = new Worker<StepJobData>(JobTopicNameEnum.STANDARD, (job) => this.process(job), {
      connection: this.connection,
      prefix: 'bull',
      concurrency: config.WORKER_CONCURRENCY,
      lockDuration: config.STANDARD_QUEUE_LOCK_DURATION_MS,
    });
    this.worker.on('failed', (job, err) => this.logger.error(`job ${job?.id} failed: ${err.message}`));
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }

  private async process(job: Job<StepJobData>) {
    const data = job.data;
    const workflow = await this.notificationRepository.findTemplateById(data.environmentId, data.workflowId);
    const stepIndex = data.stepIndex ?? 0;
    const step = workflow?.steps?.[stepIndex];
    if (!step) return;

    const record = await this.jobRepository.createForStep(data, step);

    switch (step.type) {
      case 'email':
        await this.sendEmail.execute({ ...data, step, jobId: record._id });
        break;
      case 'sms':
        await this.sendSms.execute({ ...data, step, jobId: record._id });
        break;
      case 'in_app':
        await this.sendInApp.execute({ ...data, step, jobId: record._id });
        break;
      case 'delay':
      case 'digest':
        break;
      default:
        this.logger.warn(`unsupported step type ${step.type}`);
    }

    if (stepIndex + 1 < workflow.steps.length) {
      const next = workflow.steps[stepIndex + 1];
      await this.standardQueueService.add({
        name: data.transactionId,
        data: { ...data, type: 'step', stepIndex: stepIndex + 1 },
        groupId: data.organizationId,
        options: { delay: step.type === 'delay' || step.type === 'digest' ? step.amountMs ?? 0 : 0 },
      });
      this.logger.debug(`queued step ${next.type} for ${data.transactionId}`);
    }
  }
}
