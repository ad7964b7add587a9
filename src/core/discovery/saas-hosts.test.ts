import { describe, expect, it } from 'vitest';
import { parseAddress } from './addresses.js';
import { saasVendorOfHost, signInVendorOf, vendorClientOfImage } from './saas-hosts.js';

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
    ['checkout-test.adyen.com', 'Adyen'],
    ['1797a841fbb37ca7-adyendemo-checkout-live.adyenpayments.com', 'Adyen'],
    ['api.sandbox.braintreegateway.com', 'Braintree'],
    ['connect.squareupsandbox.com', 'Square'],
    ['api.mollie.com', 'Mollie'],
    ['api.razorpay.com', 'Razorpay'],
    ['openapi.alipay.com', 'Alipay'],
    ['api.mch.weixin.qq.com', 'WeChat Pay'],
    ['api.weixin.qq.com', 'WeChat'],
    ['sandbox-rest.avatax.com', 'Avalara AvaTax'],
    ['openexchangerates.org', 'Open Exchange Rates'],
    ['smtp.sendgrid.net', 'SendGrid'],
    ['smtp.mailgun.org', 'Mailgun'],
    ['api.postmarkapp.com', 'Postmark'],
    ['api.resend.com', 'Resend'],
    ['smtp-relay.sendinblue.com', 'Brevo'],
    ['api.brevo.com', 'Brevo'],
    ['us21.api.mailchimp.com', 'Mailchimp'],
    ['mandrillapp.com', 'Mailchimp Transactional'],
    ['api.mailjet.com', 'Mailjet'],
    ['api.eu.sparkpost.com', 'SparkPost'],
    ['rest.nexmo.com', 'Vonage'],
    ['fcm.googleapis.com', 'Firebase Cloud Messaging'],
    ['api.sandbox.push.apple.com', 'Apple Push Notification service'],
    ['api-eu.pusher.com', 'Pusher'],
    ['latency-dsn.algolia.net', 'Algolia'],
    ['cdn.contentful.com', 'Contentful'],
    ['acme-shop.myshopify.com', 'Shopify'],
    ['api.cloudinary.com', 'Cloudinary'],
    ['maps.googleapis.com', 'Google Maps'],
    ['api.mapbox.com', 'Mapbox'],
    ['api.us-east.tinybird.co', 'Tinybird'],
    ['api.github.com', 'GitHub'],
    ['gitlab.com', 'GitLab'],
    ['acme.atlassian.net', 'Jira'],
    ['acme.zendesk.com', 'Zendesk'],
    ['api.hubapi.com', 'HubSpot'],
    ['acme.my.salesforce.com', 'Salesforce'],
    ['api.cohere.com', 'Cohere'],
    ['api.mistral.ai', 'Mistral AI'],
    ['generativelanguage.googleapis.com', 'Gemini'],
    ['accounts.google.com', 'Google'],
    ['oauth2.googleapis.com', 'Google'],
    ['www.googleapis.com', 'Google'],
    ['login.microsoftonline.com', 'Microsoft'],
    ['api-inference.huggingface.co', 'Hugging Face'],
    ['huggingface.co', 'Hugging Face'],
    ['tollbooth-x1y2z3.svc.aped-4627-b74a.pinecone.io', 'Pinecone'],
    ['api.pwnedpasswords.com', 'Have I Been Pwned'],
    ['haveibeenpwned.com', 'Have I Been Pwned'],
    ['updates.maxmind.com', 'MaxMind'],
    ['download.maxmind.com', 'MaxMind'],
    ['api.zoom.us', 'Zoom'],
    ['zoom.us', 'Zoom'],
    ['api.daily.co', 'Daily'],
    ['graph.microsoft.com', 'Microsoft Graph'],
  ])('%s is %s', (host, vendor) => {
    expect(saasVendorOfHost(host)).toBe(vendor);
  });

  // Telemetry (Sentry) is no integration; a domain serving far more than the vendor's API
  // (Google's, Apple's, GitHub's web pages) names the vendor only at the API's own host.
  it.each(['api.stripe-mock.io', 'stripe', 'stripe.com.evil.io', 'api.parcelhop.io', 'mystripe.com', 'localhost', 'o4505.ingest.sentry.io', 'sentry.io', 'pubsub.googleapis.com', 'www.apple.com', 'github.com', 'qq.com', 'googleapis.com', 'www.daily.co', 'daily.co', 'microsoft.com', 'learn.microsoft.com'])('%s is no vendor', (host) => {
    expect(saasVendorOfHost(host)).toBeUndefined();
  });

  it('reads a vendor URL as the vendor\'s SaaS system, named as its SDK names it', () => {
    expect(parseAddress('https://api.stripe.com/v1/payment_intents')).toMatchObject({ host: 'api.stripe.com', cloudName: 'Stripe', technology: 'Stripe', kind: 'saas', mechanism: 'rest' });
    expect(parseAddress('https://api.parcelhop.io/v2')).not.toHaveProperty('cloudName');
  });

  it('reads a vendor\'s SMTP relay as the vendor, reached by e-mail', () => {
    expect(parseAddress('smtp://smtp.sendgrid.net:587')).toMatchObject({ cloudName: 'SendGrid', kind: 'saas', mechanism: 'email' });
  });

  it.each([
    ['maxmindinc/geoipupdate', { host: 'updates.maxmind.com', key: 'GEOIPUPDATE_HOST' }],
    ['ghcr.io/maxmind/geoipupdate', { host: 'updates.maxmind.com', key: 'GEOIPUPDATE_HOST' }],
    ['GeoIPUpdate', { host: 'updates.maxmind.com', key: 'GEOIPUPDATE_HOST' }],
    ['acme/geoip', undefined],
    ['postgres', undefined],
  ])('the image %s calls %j', (image, client) => {
    expect(vendorClientOfImage(image)).toEqual(client);
  });

  it.each([
    ['Microsoft Graph', 'Microsoft'],
    ['Google Calendar', 'Google'],
    ['Gmail', 'Google'],
    ['Google Drive', 'Google'],
    ['Zoom', undefined],
    ['Google Maps', undefined],
    ['Stripe', undefined],
  ])('%s callers sign in with %s', (product, vendor) => {
    expect(signInVendorOf(product)).toBe(vendor);
  });

  it('reads a Graph URL as Microsoft Graph, not an external partner named after the host', () => {
    expect(parseAddress('https://graph.microsoft.com/v1.0/me/calendar/events')).toMatchObject({ cloudName: 'Microsoft Graph', kind: 'saas' });
  });
});
