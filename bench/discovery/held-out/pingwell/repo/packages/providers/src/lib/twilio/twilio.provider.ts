import axios from 'axios';
import { IProvider, IProviderEvent, ISendMessageSuccessResponse, ISmsOptions } from '../../types';

export class TwilioSmsProvider implements IProvider<ISmsOptions> {
  id = 'twilio';
  private readonly baseUrl: string;

  constructor(private config: { accountSid: string; token: string; from: string }) {
    this.baseUrl = `https://api.twilio.com/2010-04-01/Accounts/${config.accountSid}`;
  }

  async sendMessage(options: ISmsOptions): Promise<ISendMessageSuccessResponse> {
    const form = new URLSearchParams({
      To: options.to,
      From: options.from ?? this.config.from,
      Body: options.content,
    });

    const { data } = await axios.post(`${this.baseUrl}/Messages.json`, form, {
      auth: { username: this.config.accountSid, password: this.config.token },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      timeout: 10_000,
    });

    return { id: data.sid, date: data.date_created };
  }

  parseEventBody(body: any): IProviderEvent | undefined {
    if (!body?.MessageSid) return undefined;
    const map: Record<string, IProviderEvent['status']> = {
      delivered: 'delivered',
      undelivered: 'failed',
      failed: 'failed',
      sent: 'sent',
    };
    return { id: body.MessageSid, status: map[body.MessageStatus] ?? 'sent', date: new Date().toISOString(), row: body };
  }
}
