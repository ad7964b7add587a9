import axios, { AxiosInstance } from 'axios';
import { IEmailOptions, IProvider, IProviderEvent, ISendMessageSuccessResponse } from '../../types';

const SENDGRID_API = 'https://api.sendgrid.com/v3';

const STATUS: Record<string, IProviderEvent['status']> = {
  delivered: 'delivered',
  open: 'opened',
  click: 'clicked',
  bounce: 'bounced',
  dropped: 'failed',
  processed: 'sent',
};

export class SendgridEmailProvider implements IProvider<IEmailOptions> {
  id = 'sendgrid';
  private http: AxiosInstance;

  constructor(private config: { apiKey: string; from: string; senderName?: string; ipPoolName?: string }) {
    this.http = axios.create({
      baseURL: SENDGRID_API,
      timeout: 15_000,
      headers: { Authorization: `Bearer ${config.apiKey}` },
    });
  }

  async sendMessage(options: IEmailOptions): Promise<ISendMessageSuccessResponse> {
    const res = await this.http.post('/mail/send', {
      from: { email: options.from ?? this.config.from, name: this.config.senderName },
      personalizations: [{ to: options.to.map((email) => ({ email })) }],
      subject: options.subject,
      content: [{ type: 'text/html', value: options.html }],
      attachments: options.attachments?.map((a) => ({
        content: a.file.toString('base64'),
        filename: a.name,
        type: a.mime,
      })),
      ip_pool_name: this.config.ipPoolName,
    });

    return { id: res.headers['x-message-id'], date: new Date().toISOString() };
  }

  parseEventBody(body: unknown): IProviderEvent[] {
    return (Array.isArray(body) ? body : []).map((event: any) => ({
      id: String(event.sg_message_id ?? '').split('.')[0],
      status: STATUS[event.event] ?? 'sent',
      date: new Date((event.timestamp ?? 0) * 1000).toISOString(),
      row: event,
    }));
  }
}
