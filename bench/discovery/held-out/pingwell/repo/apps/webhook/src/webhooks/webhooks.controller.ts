import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ParseEventRequest } from './usecases/parse-event.usecase';

/**
 * Public endpoints that providers call back with delivery status. The URL is pasted into the
 * provider's console by the tenant, e.g.
 *   https://hooks.example.com/webhooks/organizations/<org>/environments/<env>/email/sendgrid
 */
@Controller('organizations/:organizationId/environments/:environmentId')
export class WebhooksController {
  constructor(private parseEventRequest: ParseEventRequest) {}

  @Post(':type/:providerId')
  @HttpCode(200)
  async webhook(
    @Param('organizationId') organizationId: string,
    @Param('environmentId') environmentId: string,
    @Param('type') type: 'email' | 'sms',
    @Param('providerId') providerId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string>
  ) {
    return this.parseEventRequest.execute({ organizationId, environmentId, type, providerId, body, headers });
  }
}
