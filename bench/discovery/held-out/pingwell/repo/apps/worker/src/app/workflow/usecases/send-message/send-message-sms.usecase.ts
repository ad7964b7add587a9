import { Injectable } from '@nestjs/common';
import { decryptCredentials } from '@pingwell/application-generic';
import { IntegrationRepository, JobRepository, MessageRepository, SubscriberRepository } from '@pingwell/dal';
import { SmsProviderFactory } from '@pingwell/providers';
import Handlebars from 'handlebars';
import { config } from '../../../../config/env.validators';

@Injectable()
export class SendMessageSms {
  private readonly factory = new SmsProviderFactory();

  constructor(
    private integrationRepository: IntegrationRepository,
    private subscriberRepository: SubscriberRepository,
    private messageRepository: MessageRepository,
    private jobRepository: JobRepository
  ) {}

  async execute(command: any) {
    const subscriber = await this.subscriberRepository.findBySubscriberId(command.environmentId, command.subscriberId);
    if (!subscriber?.phone) {
      await this.jobRepository.addExecutionDetail(command.jobId, 'subscriber_missing_phone');
      return;
    }

    const integration = await this.integrationRepository.findActiveForChannel(command.environmentId, 'sms');
    const providerId = integration?.providerId ?? 'pingwell-sms';
    const credentials = integration
      ? decryptCredentials(integration.credentials)
      : {
          accountSid: config.PINGWELL_SMS_INTEGRATION_ACCOUNT_SID,
          token: config.PINGWELL_SMS_INTEGRATION_TOKEN,
          from: config.PINGWELL_SMS_INTEGRATION_SENDER,
        };

    const content = Handlebars.compile(command.step.content ?? '')({ ...command.payload, subscriber });
    const provider = this.factory.getHandler(providerId, credentials);
    const result = await provider.sendMessage({ to: subscriber.phone, content });

    await this.messageRepository.create({
      _environmentId: command.environmentId,
      _subscriberId: subscriber._id,
      _jobId: command.jobId,
      channel: 'sms',
      content,
      identifier: result.id,
      transactionId: command.transactionId,
    });
    await this.jobRepository.addExecutionDetail(command.jobId, 'message_sent', { providerId });
  }
}
