import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import {
  AnalyticsService,
  CacheService,
  buildWorkflowKey,
  StandardQueueService,
  StorageService,
} from '@pingwell/application-generic';
import { NotificationRepository, SubscriberRepository } from '@pingwell/dal';

export interface TriggerEventCommand {
  organizationId: string;
  environmentId: string;
  userId: string;
  identifier: string;
  to: unknown;
  payload: Record<string, unknown>;
  transactionId?: string;
}

@Injectable()
export class TriggerEvent {
  constructor(
    private standardQueueService: StandardQueueService,
    private cacheService: CacheService,
    private notificationRepository: NotificationRepository,
    private subscriberRepository: SubscriberRepository,
    private analyticsService: AnalyticsService,
    private storageService: StorageService
  ) {}

  async execute(command: TriggerEventCommand) {
    const transactionId = command.transactionId ?? randomUUID();

    const workflow = await this.cacheService.getOrSet(
      buildWorkflowKey(command.environmentId, command.identifier),
      () => this.notificationRepository.findTemplateByIdentifier(command.environmentId, command.identifier)
    );
    if (!workflow) {
      throw new UnprocessableEntityException(`workflow_not_found: ${command.identifier}`);
    }
    if (!workflow.active) {
      return { acknowledged: true, status: 'trigger_not_active', transactionId };
    }

    // Attachments arrive base64-encoded in the payload; store them once and pass references to the worker.
    const attachments = (command.payload.attachments as { name: string; mime: string; file: string }[]) ?? [];
    if (attachments.length) {
      const stored = [];
      for (const attachment of attachments) {
        const storagePath = `${command.organizationId}/${command.environmentId}/${randomUUID()}/${attachment.name}`;
        await this.storageService.uploadFile(storagePath, Buffer.from(attachment.file, 'base64'), attachment.mime);
        stored.push({ name: attachment.name, mime: attachment.mime, storagePath });
      }
      delete command.payload.attachments;
      command.payload._attachments = stored;
    }

    const recipients = Array.isArray(command.to) ? command.to : [command.to];
    const jobs = [];
    for (const recipient of recipients) {
      const subscriberId = typeof recipient === 'string' ? recipient : (recipient as any).subscriberId;
      await this.subscriberRepository.upsertFromTrigger(command.environmentId, recipient);
      jobs.push({
        name: transactionId,
        data: {
          type: 'trigger',
          workflowId: workflow._id,
          organizationId: command.organizationId,
          environmentId: command.environmentId,
          subscriberId,
          payload: command.payload,
          transactionId,
        },
        groupId: command.organizationId,
      });
    }

    await this.standardQueueService.addBulk(jobs);

    this.analyticsService.track('Trigger event - [Events]', command.userId, {
      organizationId: command.organizationId,
      recipients: recipients.length,
    });

    return { acknowledged: true, status: 'processed', transactionId };
  }
}
