/**
 * SaaS vendors reached at their own public API hosts. A call of `https://api.stripe.com/v1/…` is
 * an integration with Stripe, the same system a vendor SDK's client (`new Stripe(key)`, named
 * after its technology, signature-builders.ts `vendor`) reaches: not an external partner named
 * after the host (`api-stripe-com`). The host stays another name of the vendor's system, as a
 * managed cloud endpoint's does (cloud-endpoints.ts), so both spellings meet on one system.
 *
 * Only domains the vendor serves its API from are listed: any host under them is the vendor
 * (`api.stripe.com`, `files.stripe.com`, `hooks.slack.com`, a tenant's `acme.okta.com`).
 */

/** A vendor's technology (its system's name), by the registrable domain it serves its API from. */
const VENDOR_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['stripe.com', 'Stripe'],
  ['openai.com', 'OpenAI'],
  ['anthropic.com', 'Anthropic'],
  ['twilio.com', 'Twilio'],
  ['sendgrid.com', 'SendGrid'],
  ['mailgun.net', 'Mailgun'],
  ['slack.com', 'Slack'],
  ['paypal.com', 'PayPal'],
  ['auth0.com', 'Auth0'],
  ['okta.com', 'Okta'],
]);

/** The SaaS vendor whose API a host is (`api.stripe.com` → `Stripe`), or undefined. */
export function saasVendorOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  // The last two labels are the registrable domain of every listed vendor.
  return labels.length >= 2 ? VENDOR_DOMAINS.get(labels.slice(-2).join('.')) : undefined;
}
