import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transporter: nodemailer.Transporter;
  private readonly from: string;

  constructor(config: ConfigService) {
    this.transporter = nodemailer.createTransport({
      host: config.get('SMTP_HOST', 'localhost'),
      port: config.get<number>('SMTP_PORT', 1025),
      secure: config.get('SMTP_SECURE') === 'true',
      auth: config.get('SMTP_USER')
        ? { user: config.get('SMTP_USER'), pass: config.get('SMTP_PASSWORD') }
        : undefined,
    });
    this.from = config.get('MAIL_FROM', 'Brindlewood Market <no-reply@brindlewood.market>');
  }

  async send(customerId: string, subject: string, template: string, context: Record<string, unknown>) {
    // customer e-mail resolution is denormalised into the job by orders-service in v1.5;
    // until then we address the customer alias mailbox.
    const to = `${customerId}@customers.brindlewood.market`;
    const info = await this.transporter.sendMail({
      from: this.from,
      to,
      subject,
      text: `[${template}] ${JSON.stringify(context)}`,
    });
    this.logger.log(`sent ${template} to ${to} (${info.messageId})`);
  }
}
