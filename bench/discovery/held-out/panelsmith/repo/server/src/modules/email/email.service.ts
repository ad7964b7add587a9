import { Injectable, Logger } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class EmailService {
  private readonly logger = new Logger(EmailService.name);
  private readonly from = process.env.DEFAULT_FROM_EMAIL || 'hello@panelsmith.dev';
  private transporter: nodemailer.Transporter;

  constructor() {
    if (process.env.NODE_ENV === 'development' && !process.env.SMTP_DOMAIN) {
      // Dev fallback: print emails to stdout
      this.transporter = nodemailer.createTransport({ jsonTransport: true });
      return;
    }
    this.transporter = nodemailer.createTransport({
      host: process.env.SMTP_DOMAIN,
      port: parseInt(process.env.SMTP_PORT || '587', 10),
      secure: process.env.SMTP_SSL === 'true',
      auth: process.env.SMTP_USERNAME
        ? { user: process.env.SMTP_USERNAME, pass: process.env.SMTP_PASSWORD }
        : undefined,
    });
  }

  async sendWelcome(to: string, name: string, inviteUrl: string) {
    return this.send(to, 'Welcome to Panelsmith', `<p>Hi ${name},</p><p><a href="${inviteUrl}">Set up your account</a></p>`);
  }

  async sendPasswordReset(to: string, token: string) {
    const url = `${process.env.PANELSMITH_HOST}/reset-password/${token}`;
    return this.send(to, 'Reset your Panelsmith password', `<p><a href="${url}">Reset password</a></p>`);
  }

  async sendWorkflowFailure(to: string, workflowName: string, executionId: string, error: string) {
    const url = `${process.env.PANELSMITH_HOST}/workflows/executions/${executionId}`;
    return this.send(
      to,
      `Workflow "${workflowName}" failed`,
      `<p>Execution <a href="${url}">${executionId}</a> failed:</p><pre>${error}</pre>`,
    );
  }

  private async send(to: string, subject: string, html: string) {
    try {
      const info = await this.transporter.sendMail({ from: this.from, to, subject, html });
      this.logger.debug(`mail sent ${info.messageId}`);
      return info;
    } catch (err) {
      this.logger.error(`failed to send mail to ${to}: ${err}`);
      throw err;
    }
  }
}
