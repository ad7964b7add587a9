import { Injectable } from '@nestjs/common';
import { CacheService, WebSocketEventEnum, WebSocketsQueueService } from '@pingwell/application-generic';
import { JobRepository, MessageRepository, SubscriberRepository } from '@pingwell/dal';
import Handlebars from 'handlebars';
import { config } from '../../../../config/env.validators';

@Injectable()
export class SendMessageInApp {
  constructor(
    private subscriberRepository: SubscriberRepository,
    private messageRepository: MessageRepository,
    private jobRepository: JobRepository,
    private cacheService: CacheService,
    private webSocketsQueueService: WebSocketsQueueService
  ) {}

  async execute(command: any) {
    const subscriber = await this.subscriberRepository.findBySubscriberId(command.environmentId, command.subscriberId);
    if (!subscriber) return;

    const content = Handlebars.compile(command.step.content ?? '')({ ...command.payload, subscriber });
    const message = await this.messageRepository.create({
      _environmentId: command.environmentId,
      _subscriberId: subscriber._id,
      _jobId: command.jobId,
      channel: 'in_app',
      content,
      cta: command.step.cta
        ? { url: new URL(command.step.cta.path ?? '/', config.FRONT_BASE_URL).toString() }
        : undefined,
      seen: false,
      read: false,
      transactionId: command.transactionId,
    });

    await this.cacheService.invalidateByPrefix(`feed:${subscriber._id}`);

    await this.webSocketsQueueService.add({
      name: 'sendMessage',
      data: {
        event: WebSocketEventEnum.RECEIVED,
        userId: subscriber._id,
        _environmentId: command.environmentId,
        payload: { messageId: message._id },
      },
      groupId: command.organizationId,
    });

    await this.jobRepository.addExecutionDetail(command.jobId, 'message_created');
  }
}
