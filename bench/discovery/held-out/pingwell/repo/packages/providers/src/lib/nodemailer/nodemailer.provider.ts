import nodemailer, { Transporter } from 'nodemailer';
import { IEmailOptions, IProvider, ISendMessageSuccessResponse } from '../../types';

/**
 * Generic SMTP. Host, port and auth are whatever the tenant entered for this integration.
 */
export class NodemailerProvider implements IProvider<IEmailOptions> {
  id = 'nodemailer';
  private transport: Transporter;

  constructor(
    private config: { host: string; port: number; secure?: boolean; user?: string; password?: string; from: string }
  ) {
    this.transport = nodemailer.createTransport({
      host: config.host,
      port: Number(config.port),
      secure: Boolean(config.secure),
      auth: config.user ? { user: config.user, pass: config.password } : undefined,
    });
  }

  async sendMessage(options: IEmailOptions): Promise<ISendMessageSuccessResponse> {
    const info = await this.transport.sendMail({
      from: options.from ?? this.config.from,
      to: options.to,
      subject: options.subject,
      html: options.html,
      attachments: options.attachments?.map((a) => ({ filename: a.name, content: a.file, contentType: a.mime })),
    });
    return { id: info.messageId, date: new Date().toISOString() };
  }
}
