import { NodemailerProvider } from './lib/nodemailer/nodemailer.provider';
import { SendgridEmailProvider } from './lib/sendgrid/sendgrid.provider';
import { TwilioSmsProvider } from './lib/twilio/twilio.provider';
import { IEmailOptions, IProvider, ISmsOptions } from './types';

export * from './types';
export { NodemailerProvider, SendgridEmailProvider, TwilioSmsProvider };

export class EmailProviderFactory {
  getHandler(providerId: string, credentials: Record<string, any>): IProvider<IEmailOptions> {
    switch (providerId) {
      case 'sendgrid':
      case 'pingwell-email': // demo integration runs on the platform SendGrid account
        return new SendgridEmailProvider({ apiKey: credentials.apiKey, from: credentials.from, senderName: credentials.senderName });
      case 'nodemailer':
        return new NodemailerProvider(credentials as any);
      default:
        throw new Error(`Unsupported email provider: ${providerId}`);
    }
  }
}

export class SmsProviderFactory {
  getHandler(providerId: string, credentials: Record<string, any>): IProvider<ISmsOptions> {
    switch (providerId) {
      case 'twilio':
      case 'pingwell-sms':
        return new TwilioSmsProvider({ accountSid: credentials.accountSid, token: credentials.token, from: credentials.from });
      default:
        throw new Error(`Unsupported sms provider: ${providerId}`);
    }
  }
}
