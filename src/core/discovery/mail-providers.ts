/**
 * Mail providers: SaaS vendors whose API exists to take a message from a service and deliver it
 * (transactional e-mail). Handing one a message is *email*, however the service reaches it: its
 * SMTP relay (`smtp.sendgrid.net`), its SDK (`sgMail.send(msg)`, `new postmark.ServerClient(token)`,
 * `sendgrid.NewSendClient(key)`, `SendGridAPIClient(key)`), a binding or plugin built on that SDK
 * (Azure Functions' `[SendGrid]`, Dapr's SendGrid binding, Medusa's `notification-sendgrid`) or a
 * plain HTTP call of its API host (`requests.post("https://api.mailgun.net/v3/…")`). The mechanism
 * says what the integration is for, as an HTTP POST to a Knative broker is messaging: an owner
 * reading the catalog looks for "where do we send mail from", not for which of a vendor's
 * transports a library picked. A vendor's general API client (`@sendgrid/client`) is included: it
 * is the same integration with the same vendor, and splitting one vendor's edge in two by the
 * package used made the same service both email and rest to SendGrid.
 *
 * This table is the one place saying so: SDK lines (sources/code/signature-builders.ts `vendor`),
 * binding and plugin tables and resolution (resolve.ts, for calls of a provider's host, which
 * saas-hosts.ts names) all ask it. Technologies are spelled as saas-hosts.ts and the SDK tables
 * name the vendor's system. Vendors whose API is mostly something else are not here: Mailchimp's
 * marketing API (audiences, campaigns), mailbox APIs (Gmail, Microsoft Graph), Twilio's SMS.
 */
import type { Mechanism } from '../model/vocabulary.js';

/** The vendors' technologies (their systems' names). */
export const MAIL_PROVIDERS: ReadonlySet<string> = new Set([
  'SendGrid',
  'Mailgun',
  'Postmark',
  'Resend',
  'Amazon SES',
  'Mailjet',
  'SparkPost',
  // Sendinblue renamed itself Brevo; saas-hosts.ts names both domains Brevo.
  'Brevo',
  // Mandrill, now Mailchimp's transactional product.
  'Mailchimp Transactional',
]);

/** Whether a technology (a system's, or a vendor SDK line's) is a mail provider's. */
export function isMailProvider(technology: string | undefined): boolean {
  return technology !== undefined && MAIL_PROVIDERS.has(technology);
}

/** The mechanism of a call of a SaaS vendor's API: *email* to a mail provider, *rest* to any other vendor. */
export function vendorApiMechanism(technology: string | undefined): Extract<Mechanism, 'email' | 'rest'> {
  return isMailProvider(technology) ? 'email' : 'rest';
}
