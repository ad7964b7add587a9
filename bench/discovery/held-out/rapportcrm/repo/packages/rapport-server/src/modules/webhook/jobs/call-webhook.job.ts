import { HttpService } from '@nestjs/axios';
import { Logger } from '@nestjs/common';

import crypto from 'crypto';

import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { AnalyticsService } from 'src/engine/core-modules/analytics/analytics.service';

export type CallWebhookJobData = {
  targetUrl: string;
  secret?: string;
  eventName: string;
  objectMetadata: { id: string; nameSingular: string };
  workspaceId: string;
  webhookId: string;
  eventDate: Date;
  record: any;
  updatedFields?: string[];
};

const WEBHOOK_RESPONSE_EVENT = 'webhook.response';

@Processor(MessageQueue.webhookQueue)
export class CallWebhookJob {
  private readonly logger = new Logger(CallWebhookJob.name);

  constructor(
    private readonly httpService: HttpService,
    private readonly analyticsService: AnalyticsService,
  ) {}

  private generateSignature(
    payload: any,
    secret: string,
    timestamp: string,
  ): string {
    return crypto
      .createHmac('sha256', secret)
      .update(`${timestamp}:${JSON.stringify(payload)}`)
      .digest('hex');
  }

  @Process(CallWebhookJob.name)
  async handle(data: CallWebhookJobData): Promise<void> {
    const commonPayload = {
      url: data.targetUrl,
      webhookId: data.webhookId,
      eventName: data.eventName,
    };

    try {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
      };

      const { secret, ...payloadWithoutSecret } = data;

      if (secret) {
        const timestamp = Date.now().toString();

        headers['X-Rapport-Webhook-Timestamp'] = timestamp;
        headers['X-Rapport-Webhook-Signature'] = this.generateSignature(
          payloadWithoutSecret,
          secret,
          timestamp,
        );
        headers['X-Rapport-Webhook-Nonce'] = crypto
          .randomBytes(16)
          .toString('hex');
      }

      // targetUrl is whatever the workspace admin registered in Settings > Developers > Webhooks
      const response = await this.httpService.axiosRef.post(
        data.targetUrl,
        payloadWithoutSecret,
        { headers },
      );

      const success = response.status >= 200 && response.status < 300;

      this.analyticsService.create(
        {
          action: WEBHOOK_RESPONSE_EVENT,
          payload: { status: response.status, success, ...commonPayload },
        },
        'webhook',
        data.workspaceId,
      );
    } catch (err) {
      this.logger.warn(`Webhook call to ${data.targetUrl} failed: ${err.message}`);
    }
  }
}
