import { Injectable, Logger } from '@nestjs/common';
import Handlebars from 'handlebars';
import { decryptCredentials, StorageService } from '@pingwell/application-generic';
import { IntegrationRepository, JobRepository, MessageRepository, SubscriberRepository } from '@pingwell/dal';
import { EmailProviderFactory } from '@pingwell/providers';
import { config } from '../../../../config/env.validators';

const LAYOUT = `<!doctype html><html><body style="font-family:sans-serif">
{{{body}}}
<hr/><p style="font-size:11px;color:#888">
<a href="{{unsubscribeUrl}}">Manage preferences</a> · <a href="{{inboxUrl}}">Open in app</a>
</p></body></html>`;

@Injectable()
export class CompileEmailTemplate {
  private readonly layout = Handlebars.compile(LAYOUT);

  async execute(command: { step: any; payload: Record<string, unknown>; subscriber: any; environmentId: string }) {
    const subject = Handlebars.compile(command.step.subject ?? '')({ ...command.payload, subscriber: command.subscriber });
    const body = Handlebars.compile(command.step.content ?? '')({ ...command.payload, subscriber: command.subscriber });

    // Links only — rendered into the message, resolved by the recipient's mail client.
    const unsubscribeUrl = `${config.API_ROOT_URL}/v1/subscribers/${command.subscriber.subscriberId}/preferences/unsubscribe?environmentId=${command.environmentId}`;
    const inboxUrl = `${config.FRONT_BASE_URL}/inbox`;

    return { subject, html: this.layout({ body, unsubscribeUrl, inboxUrl }) };
  }
}

@Injectable()
export class SendMessageEmail {
  private readonly logger = new Logger(SendMessageEmail.name);
  private readonly factory = new EmailProviderFactory();

  constructor(
    private integrationRepository: IntegrationRepository,
    private subscriberRepository: SubscriberRepository,
    private messageRepository: MessageRepository,
    private jobRepository: JobRepository,
    private storageService: StorageService,
    private compileEmail: CompileEmailTemplate
  ) {}

  async execute(command: any) {
    const subscriber = await this.subscriberRepository.findBySubscriberId(command.environmentId, command.subscriberId);
    if (!subscriber?.email) {
      await this.jobRepository.addExecutionDetail(command.jobId, 'subscriber_missing_email');
      return;
    }

    const integration = await this.integrationRepository.findActiveForChannel(command.environmentId, 'email');
    const providerConfig = integration
      ? { providerId: integration.providerId, credentials: decryptCredentials(integration.credentials) }
      : {
          // Fallback demo integration for new environments
          providerId: 'pingwell-email',
          credentials: { apiKey: config.PINGWELL_EMAIL_INTEGRATION_API_KEY, from: config.PINGWELL_EMAIL_INTEGRATION_SENDER },
        };
    if (!providerConfig.credentials.apiKey && providerConfig.providerId === 'pingwell-email') {
      await this.jobRepository.addExecutionDetail(command.jobId, 'no_active_email_integration');
      return;
    }

    const { subject, html } = await this.compileEmail.execute({
      step: command.step,
      payload: command.payload,
      subscriber,
      environmentId: command.environmentId,
    });

    const attachments = [];
    for (const attachment of (command.payload._attachments as any[]) ?? []) {
      const file = await this.storageService.getFile(attachment.storagePath);
      attachments.push({ name: attachment.name, mime: attachment.mime, file });
    }

    const provider = this.factory.getHandler(providerConfig.providerId, providerConfig.credentials);
    const message = await this.messageRepository.create({
      _environmentId: command.environmentId,
      _subscriberId: subscriber._id,
      _jobId: command.jobId,
      channel: 'email',
      subject,
      transactionId: command.transactionId,
    });

    try {
      const result = await provider.sendMessage({ to: [subscriber.email], subject, html, attachments });
      await this.messageRepository.setIdentifier(message._id, result.id);
      await this.jobRepository.addExecutionDetail(command.jobId, 'message_sent', { providerId: providerConfig.providerId });
    } catch (e: any) {
      this.logger.error(`email send failed: ${e.message}`);
      await this.jobRepository.addExecutionDetail(command.jobId, 'provider_error', { error: e.message });
      throw e;
    }
  }
}
