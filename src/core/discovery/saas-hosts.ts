/**
 * SaaS vendors reached at their own public API hosts. A call of `https://api.stripe.com/v1/…` is
 * an integration with Stripe, the same system a vendor SDK's client (`new Stripe(key)`, named
 * after its technology, signature-builders.ts `vendor`) reaches: not an external partner named
 * after the host (`api-stripe-com`). The host stays another name of the vendor's system, as a
 * managed cloud endpoint's does (cloud-endpoints.ts), so both spellings meet on one system.
 *
 * Only domains the vendor serves its API (or its SMTP relay) from are listed: any host under them
 * is the vendor (`api.stripe.com`, `hooks.slack.com`, a tenant's `acme.okta.com`,
 * `smtp.sendgrid.net`). Where a domain serves much more than the API (Google's `googleapis.com`,
 * Apple's `apple.com`, GitHub's web pages), only the API's own host is listed, and the longest
 * listed suffix of a host wins (`api.mch.weixin.qq.com` is WeChat Pay, `api.weixin.qq.com` WeChat).
 *
 * Telemetry vendors (Sentry, Datadog, New Relic) are deliberately absent: reporting errors or
 * metrics to them is observability of a system, not an integration between systems.
 */

/** A vendor's technology (its system's name, spelled as the vendor spells it), by the domain suffix it serves its API from. */
const VENDOR_DOMAINS: ReadonlyMap<string, string> = new Map([
  // Payments and tax
  ['stripe.com', 'Stripe'],
  ['paypal.com', 'PayPal'],
  ['adyen.com', 'Adyen'],
  ['adyenpayments.com', 'Adyen'],
  ['braintreegateway.com', 'Braintree'],
  ['squareup.com', 'Square'],
  ['squareupsandbox.com', 'Square'],
  ['mollie.com', 'Mollie'],
  ['gocardless.com', 'GoCardless'],
  ['razorpay.com', 'Razorpay'],
  ['alipay.com', 'Alipay'],
  ['alipaydev.com', 'Alipay'],
  ['mch.weixin.qq.com', 'WeChat Pay'],
  ['weixin.qq.com', 'WeChat'],
  ['avatax.com', 'Avalara AvaTax'],
  ['openexchangerates.org', 'Open Exchange Rates'],
  // E-mail (HTTP APIs and SMTP relays)
  ['sendgrid.com', 'SendGrid'],
  ['sendgrid.net', 'SendGrid'],
  ['mailgun.net', 'Mailgun'],
  ['mailgun.org', 'Mailgun'],
  ['postmarkapp.com', 'Postmark'],
  ['resend.com', 'Resend'],
  ['brevo.com', 'Brevo'],
  ['sendinblue.com', 'Brevo'],
  ['api.mailchimp.com', 'Mailchimp'],
  ['mandrillapp.com', 'Mailchimp Transactional'],
  ['mailjet.com', 'Mailjet'],
  ['sparkpost.com', 'SparkPost'],
  // Messaging and notifications
  ['twilio.com', 'Twilio'],
  ['nexmo.com', 'Vonage'],
  ['vonage.com', 'Vonage'],
  ['slack.com', 'Slack'],
  ['api.telegram.org', 'Telegram'],
  // Video meetings. Zoom's OAuth token endpoint is on its web domain (`zoom.us/oauth/token`), its
  // API on `api.zoom.us`: the whole domain is Zoom, as Slack's is. Daily's web pages are not its API.
  ['zoom.us', 'Zoom'],
  ['api.daily.co', 'Daily'],
  // Paging and chat-ops endpoints alert routers deliver to (alerting.ts)
  ['pagerduty.com', 'PagerDuty'],
  ['opsgenie.com', 'Opsgenie'],
  ['victorops.com', 'Splunk On-Call'],
  ['webhook.office.com', 'Microsoft Teams'],
  ['webexapis.com', 'Webex'],
  ['api.pushover.net', 'Pushover'],
  ['fcm.googleapis.com', 'Firebase Cloud Messaging'],
  ['push.apple.com', 'Apple Push Notification service'],
  ['pusher.com', 'Pusher'],
  ['pusherapp.com', 'Pusher'],
  // Search, content, commerce, media, maps
  ['algolia.net', 'Algolia'],
  ['algolianet.com', 'Algolia'],
  ['algolia.io', 'Algolia'],
  ['contentful.com', 'Contentful'],
  ['myshopify.com', 'Shopify'],
  ['cloudinary.com', 'Cloudinary'],
  ['maps.googleapis.com', 'Google Maps'],
  ['places.googleapis.com', 'Google Maps'],
  ['routes.googleapis.com', 'Google Maps'],
  ['roads.googleapis.com', 'Google Maps'],
  ['api.mapbox.com', 'Mapbox'],
  ['tinybird.co', 'Tinybird'],
  // Developer platforms, support, CRM
  ['api.github.com', 'GitHub'],
  ['gitlab.com', 'GitLab'],
  ['atlassian.net', 'Jira'],
  ['zendesk.com', 'Zendesk'],
  ['hubapi.com', 'HubSpot'],
  ['salesforce.com', 'Salesforce'],
  // Productivity suites' APIs (calendars, mail, files): Microsoft 365 through Graph.
  ['graph.microsoft.com', 'Microsoft Graph'],
  // Identity: the vendors' OAuth 2.0 / OpenID Connect authorization servers (token, user info);
  // `www.googleapis.com` serves Google's older OAuth endpoints (`/oauth2/v4/token`) and its general APIs.
  ['auth0.com', 'Auth0'],
  ['okta.com', 'Okta'],
  ['accounts.google.com', 'Google'],
  ['oauth2.googleapis.com', 'Google'],
  ['openidconnect.googleapis.com', 'Google'],
  ['www.googleapis.com', 'Google'],
  ['login.microsoftonline.com', 'Microsoft'],
  ['login.live.com', 'Microsoft'],
  ['graph.facebook.com', 'Facebook'],
  // AI
  ['openai.com', 'OpenAI'],
  ['anthropic.com', 'Anthropic'],
  ['cohere.com', 'Cohere'],
  ['cohere.ai', 'Cohere'],
  ['mistral.ai', 'Mistral AI'],
  ['generativelanguage.googleapis.com', 'Gemini'],
  ['huggingface.co', 'Hugging Face'],
  ['pinecone.io', 'Pinecone'],
  // Security and data feeds: breached-password ranges (k-anonymity), IP geolocation databases
  ['pwnedpasswords.com', 'Have I Been Pwned'],
  ['haveibeenpwned.com', 'Have I Been Pwned'],
  ['maxmind.com', 'MaxMind'],
  // Comment spam checking: the API key is the host's first label (`<key>.rest.akismet.com`).
  ['akismet.com', 'Akismet'],
]);

/**
 * Google's per-product APIs as its Node client names them (`google.calendar({ version: 'v3' })`,
 * `@googleapis/calendar`'s `calendar_v3.Calendar`), each the product it is, named as Google spells
 * it, like Google Maps and Gemini above: a booking product syncing Google Calendar integrates with
 * Google Calendar, not with "Google" at large. The version is the one namespace the client exports.
 */
export const GOOGLE_APIS: readonly { api: string; version: string; type: string; product: string }[] = [
  { api: 'calendar', version: 'v3', type: 'Calendar', product: 'Google Calendar' },
  { api: 'gmail', version: 'v1', type: 'Gmail', product: 'Gmail' },
  { api: 'drive', version: 'v3', type: 'Drive', product: 'Google Drive' },
  { api: 'sheets', version: 'v4', type: 'Sheets', product: 'Google Sheets' },
  { api: 'docs', version: 'v1', type: 'Docs', product: 'Google Docs' },
  { api: 'people', version: 'v1', type: 'People', product: 'Google People' },
  { api: 'tasks', version: 'v1', type: 'Tasks', product: 'Google Tasks' },
  { api: 'youtube', version: 'v3', type: 'Youtube', product: 'YouTube' },
];

/**
 * The vendor whose sign-in (OAuth token) hosts an API product's callers also call: Microsoft Graph's
 * delegated tokens come from `login.microsoftonline.com` (`Microsoft`), Google Calendar's from
 * `oauth2.googleapis.com` (`Google`). A file calling the product and its vendor's token endpoint
 * makes one integration, with the product (code/sign-in-calls.ts), as a vendor serving both from
 * one domain (Zoom, Salesforce, Stripe Connect) gets for free.
 */
const SIGN_IN_VENDOR: ReadonlyMap<string, string> = new Map([['Microsoft Graph', 'Microsoft'], ...GOOGLE_APIS.map(({ product }) => [product, 'Google'] as [string, string])]);

/** The vendor signing in a product's callers (`Microsoft Graph` → `Microsoft`), or undefined for a product signing in its own. */
export function signInVendorOf(product: string): string | undefined {
  return SIGN_IN_VENDOR.get(product);
}

/**
 * A vendor's own client shipped as a container image (MaxMind's `maxmindinc/geoipupdate`, which
 * downloads the GeoIP databases a service reads from a shared volume): a deployment running it
 * calls the vendor's API, at this host unless the variable named moves it. Keyed by the image's
 * repository name (its last path segment, lower case), as images.ts matches products.
 */
const VENDOR_CLIENT_IMAGES: ReadonlyMap<string, { host: string; key: string }> = new Map([['geoipupdate', { host: 'updates.maxmind.com', key: 'GEOIPUPDATE_HOST' }]]);

/** The vendor API an image (`maxmindinc/geoipupdate:v7`, by imageName) calls, with the variable that overrides its host; undefined for any other image. */
export function vendorClientOfImage(name: string): { host: string; key: string } | undefined {
  const lower = name.toLowerCase();
  return VENDOR_CLIENT_IMAGES.get(lower.slice(lower.lastIndexOf('/') + 1));
}

/** The SaaS vendor whose API a host is (`api.stripe.com` → `Stripe`), or undefined. */
export function saasVendorOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  // Longest suffix first, down to a registrable domain of two labels.
  for (let start = 0; start <= labels.length - 2; start += 1) {
    const vendor = VENDOR_DOMAINS.get(labels.slice(start).join('.'));
    if (vendor) return vendor;
  }
  return undefined;
}
