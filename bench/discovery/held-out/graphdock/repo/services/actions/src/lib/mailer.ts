import { ServerClient } from 'postmark';
import nodemailer from 'nodemailer';
import { config } from '../config';
import { logger } from './logger';

export interface Mail {
  to: string;
  subject: string;
  html: string;
  tag?: string;
}

const postmark = config.POSTMARK_SERVER_TOKEN ? new ServerClient(config.POSTMARK_SERVER_TOKEN) : null;

// Local development only: docker-compose.dev.yml points SMTP_URL at mailpit.
const smtp = config.MAIL_TRANSPORT === 'smtp' && config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;

export async function sendMail(mail: Mail): Promise<void> {
  if (smtp) {
    await smtp.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, html: mail.html });
    return;
  }
  if (!postmark) {
    logger.warn({ to: mail.to }, 'no mail transport configured, dropping message');
    return;
  }
  await postmark.sendEmail({
    From: config.MAIL_FROM,
    To: mail.to,
    Subject: mail.subject,
    HtmlBody: mail.html,
    Tag: mail.tag,
    MessageStream: 'outbound',
  });
}
