import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type ConnectionFact, type Fact } from './facts.js';
import { isMailProvider, vendorApiMechanism } from './mail-providers.js';
import { resolveFacts } from './resolve.js';

describe('mail providers', () => {
  it.each([
    ['SendGrid', 'email'],
    ['Mailgun', 'email'],
    ['Postmark', 'email'],
    ['Resend', 'email'],
    ['Amazon SES', 'email'],
    ['Mailjet', 'email'],
    ['SparkPost', 'email'],
    ['Brevo', 'email'],
    ['Mailchimp Transactional', 'email'],
    // Not mail providers: a marketing API, a mailbox API, SMS, payments, or nothing named.
    ['Mailchimp', 'rest'],
    ['Gmail', 'rest'],
    ['Twilio', 'rest'],
    ['Stripe', 'rest'],
    ['sendgrid', 'rest'],
    [undefined, 'rest'],
  ] as const)('%s → %s', (technology, mechanism) => {
    expect(vendorApiMechanism(technology)).toBe(mechanism);
    expect(isMailProvider(technology)).toBe(mechanism === 'email');
  });
});

const component = (name: string, kind: 'application' | 'gateway' = 'application'): Fact => ({
  type: 'component',
  name,
  kind,
  root: name,
  evidence: { file: `${name}/Dockerfile`, line: 1, excerpt: 'FROM x' },
  confidence: CONFIDENCE.declared,
});

const connection = (owner: string, fields: Partial<ConnectionFact>): ConnectionFact => ({
  type: 'connection',
  target: {},
  role: 'calls',
  mechanism: 'rest',
  evidence: { file: `${owner}/app.py`, line: 3, excerpt: 'send(...)' },
  confidence: CONFIDENCE.literal,
  ...fields,
});

/** The edges of one component's connections, as `source -> target (mechanism)`. */
function edgesOf(facts: readonly Fact[]): string[] {
  return resolveFacts([...facts]).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort();
}

describe('resolution of calls to mail providers', () => {
  it.each<{ name: string; facts: Fact[]; edges: string[] }>([
    {
      name: "a plain HTTP call of a provider's API host is e-mail to the vendor",
      facts: [component('worker'), connection('worker', { target: { url: 'https://api.mailgun.net/v3/mg.quillstone.io/messages' }, technology: 'HTTP' })],
      edges: ['worker -> mailgun (email)'],
    },
    {
      name: 'each listed API host alike',
      facts: [
        component('worker'),
        connection('worker', { target: { url: 'https://api.sendgrid.com/v3/mail/send' } }),
        connection('worker', { target: { url: 'https://api.postmarkapp.com/email' } }),
        connection('worker', { target: { url: 'https://api.resend.com/emails' } }),
        connection('worker', { target: { url: 'https://api.mailjet.com/v3.1/send' } }),
      ],
      edges: ['worker -> mailjet (email)', 'worker -> postmark (email)', 'worker -> resend (email)', 'worker -> sendgrid (email)'],
    },
    {
      name: "a vendor SDK's call (no target) and its SMTP relay meet on one e-mail edge",
      facts: [
        component('mailer'),
        connection('mailer', { mechanism: 'email', technology: 'SendGrid', targetKind: 'saas' }),
        connection('mailer', { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { host: 'smtp.sendgrid.net', port: 587 } }),
      ],
      edges: ['mailer -> sendgrid (email)'],
    },
    {
      name: 'a fact still saying rest for a mail provider (a binding table, a user rule) is e-mail once resolved',
      facts: [component('inventory'), connection('inventory', { technology: 'SendGrid', targetKind: 'saas' })],
      edges: ['inventory -> sendgrid (email)'],
    },
    {
      name: "a binding used by name, bound to the provider's HTTPS API, is e-mail",
      facts: [component('orders'), connection('orders', { role: 'uses', mechanism: 'other', target: { url: 'https://api.sendgrid.com' } })],
      edges: ['orders -> sendgrid (email)'],
    },
    {
      name: "Mailchimp's marketing API and other vendors stay rest",
      facts: [
        component('crm'),
        connection('crm', { target: { url: 'https://us21.api.mailchimp.com/3.0/lists' } }),
        connection('crm', { target: { url: 'https://api.stripe.com/v1/charges' } }),
      ],
      edges: ['crm -> mailchimp (rest)', 'crm -> stripe (rest)'],
    },
    {
      name: "a gateway's route to a provider's host forwards its clients' HTTP: rest",
      facts: [component('edge', 'gateway'), connection('edge', { target: { url: 'https://api.sendgrid.com' }, routed: true })],
      edges: ['edge -> sendgrid (rest)'],
    },
  ])('$name', ({ facts, edges }) => {
    expect(edgesOf(facts)).toEqual(edges);
  });
});
