import { Injectable, NotFoundException } from '@nestjs/common';
import { buildIntegrationKey, CacheService, decryptCredentials } from '@pingwell/application-generic';
import { IntegrationRepository, JobRepository, MessageRepository } from '@pingwell/dal';
import { EmailProviderFactory, SmsProviderFactory } from '@pingwell/providers';

@Injectable()
export class ParseEventRequest {
  private emailFactory = new EmailProviderFactory();
  private smsFactory = new SmsProviderFactory();

  constructor(
    private cacheService: CacheService,
    private integrationRepository: IntegrationRepository,
    private messageRepository: MessageRepository,
    private jobRepository: JobRepository
  ) {}

  async execute(command: {
    organizationId: string;
    environmentId: string;
    type: 'email' | 'sms';
    providerId: string;
    body: unknown;
    headers: Record<string, string>;
  }) {
    const integration = await this.cacheService.getOrSet(
      buildIntegrationKey(command.environmentId, command.providerId),
      () => this.integrationRepository.findOne({ _environmentId: command.environmentId, providerId: command.providerId })
    );
    if (!integration) throw new NotFoundException('integration_not_found');

    const credentials = decryptCredentials(integration.credentials);
    const handler =
      command.type === 'email'
        ? this.emailFactory.getHandler(command.providerId, credentials)
        : this.smsFactory.getHandler(command.providerId, credentials);

    if (!handler.parseEventBody) return [];
    const events = [].concat(handler.parseEventBody(command.body, command.headers) ?? []);

    const results = [];
    for (const event of events as any[]) {
      const message = await this.messageRepository.findByIdentifier(command.environmentId, event.id);
      if (!message) continue;
      await this.jobRepository.addExecutionDetail(message._jobId, `provider_${event.status}`, { raw: event.row });
      results.push({ id: event.id, status: event.status });
    }
    return results;
  }
}
