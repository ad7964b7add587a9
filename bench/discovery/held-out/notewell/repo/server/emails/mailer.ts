import nodemailer, { Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import env from "@server/env";
import Logger from "@server/logging/Logger";

type SendMailOptions = {
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
};

/**
 * Mailer class to send emails over SMTP. Only used from the worker's EmailTask.
 */
export class Mailer {
  transporter: Transporter | undefined;

  constructor() {
    if (env.SMTP_HOST || env.SMTP_SERVICE) {
      this.transporter = nodemailer.createTransport(this.getOptions());
    }

    // if (env.SENDGRID_API_KEY) {
    //   this.transporter = nodemailer.createTransport({
    //     host: "smtp.sendgrid.net",
    //     port: 465,
    //     auth: { user: "apikey", pass: env.SENDGRID_API_KEY },
    //   });
    // }
  }

  sendMail = async (data: SendMailOptions): Promise<void> => {
    const { transporter } = this;
    if (!transporter) {
      Logger.warn("Attempted to send email without SMTP configured", { to: data.to });
      return;
    }

    await transporter.sendMail({
      from: env.SMTP_FROM_EMAIL,
      replyTo: data.replyTo ?? env.SMTP_REPLY_EMAIL ?? env.SMTP_FROM_EMAIL,
      to: data.to,
      subject: data.subject,
      html: data.html,
      text: data.text,
    });
  };

  private getOptions(): SMTPTransport.Options {
    return {
      name: env.SMTP_NAME,
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE ?? env.isProduction,
      auth: env.SMTP_USERNAME
        ? { user: env.SMTP_USERNAME, pass: env.SMTP_PASSWORD }
        : undefined,
      tls: env.SMTP_SECURE
        ? env.SMTP_TLS_CIPHERS ? { ciphers: env.SMTP_TLS_CIPHERS } : undefined
        : { rejectUnauthorized: false },
    };
  }
}

export default new Mailer();
