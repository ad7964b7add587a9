import { describe, expect, it } from 'vitest';
import { parseAddress } from './addresses.js';
import { saasVendorOfHost } from './saas-hosts.js';

describe('SaaS vendors by API host', () => {
  it.each([
    ['api.stripe.com', 'Stripe'],
    ['files.stripe.com', 'Stripe'],
    ['API.OpenAI.com.', 'OpenAI'],
    ['api.anthropic.com', 'Anthropic'],
    ['api.twilio.com', 'Twilio'],
    ['api.sendgrid.com', 'SendGrid'],
    ['api.eu.mailgun.net', 'Mailgun'],
    ['hooks.slack.com', 'Slack'],
    ['api-m.sandbox.paypal.com', 'PayPal'],
    ['tollgate.eu.auth0.com', 'Auth0'],
    ['acme.okta.com', 'Okta'],
    ['stripe.com', 'Stripe'],
  ])('%s is %s', (host, vendor) => {
    expect(saasVendorOfHost(host)).toBe(vendor);
  });

  it.each(['api.stripe-mock.io', 'stripe', 'stripe.com.evil.io', 'api.parcelhop.io', 'mystripe.com', 'localhost'])('%s is no vendor', (host) => {
    expect(saasVendorOfHost(host)).toBeUndefined();
  });

  it('reads a vendor URL as the vendor\'s SaaS system, named as its SDK names it', () => {
    expect(parseAddress('https://api.stripe.com/v1/payment_intents')).toMatchObject({ host: 'api.stripe.com', cloudName: 'Stripe', technology: 'Stripe', kind: 'saas', mechanism: 'rest' });
    expect(parseAddress('https://api.parcelhop.io/v2')).not.toHaveProperty('cloudName');
  });
});
