/**
 * SaaS vendor SDKs and job queues, across the language families: a vendor's client is a call to
 * the vendor (named after it, kind `saas`), never guessed from a variable name without the SDK's
 * import; a job queue is a use of the store or broker it keeps its jobs in (Celery, messaging
 * through its broker, is in django-celery.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { INFERRED, LITERAL, code, readSnippet, summarise, type FactSummary, type SnippetCase } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

/** The expected summary of a vendor SDK call: no target (resolution names the vendor), kind `saas`, `rest` (a mail provider's is `mailer`). */
const vendor = (technology: string, line: number): FactSummary => ({
  role: 'calls',
  mechanism: 'rest',
  technology,
  target: {},
  targetKind: 'saas',
  line,
  confidence: INFERRED,
});
/** A mail provider's SDK, any of its packages (`@sendgrid/mail`, `@sendgrid/client`, `SendGridAPIClient`): e-mail to the vendor. */
const mailer = (technology: string, line: number): FactSummary => ({ ...vendor(technology, line), mechanism: 'email' });

/** The expected summary of a job queue's store. */
const jobStore = (line: number, target: object, confidence = LITERAL): FactSummary => ({ role: 'uses', mechanism: 'database', technology: 'Redis', target, targetKind: 'database', line, confidence });
/** A job queue on Redis: messaging through it (job-queues.ts); a producer of a named queue is certain of it even with the Redis unknown. */
const job = (role: 'produces' | 'consumes', line: number, channel: string, target: object): FactSummary => ({ role, mechanism: 'messaging', technology: 'Redis', channel, target, targetKind: 'message-broker', line, confidence: LITERAL });

type Case = SnippetCase;

const SAAS: Case[] = [
  // TypeScript / JavaScript
  { name: 'ts: new Stripe(key)', source: typescriptCodeSource, path: 'src/pay.ts', text: code`
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
      await stripe.paymentIntents.create({ amount: 100, currency: 'eur' });`, facts: [vendor('Stripe', 2)] },
  { name: "js: require('stripe')(key)", source: typescriptCodeSource, path: 'src/pay.js', text: code`
      const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
      stripe.charges.create({ amount: 100 });`, facts: [vendor('Stripe', 1)] },
  { name: 'ts: a variable called stripe without the SDK is nothing', source: typescriptCodeSource, path: 'src/pay.ts', text: code`
      import { Stripe } from './local-stripe';
      const stripe = new Stripe(process.env.KEY);
      stripe.charges.create({ amount: 1 });`, facts: [] },
  { name: 'js: twilio(sid, token)', source: typescriptCodeSource, path: 'src/sms.js', text: code`
      const twilio = require('twilio');
      const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
      client.messages.create({ to, from, body });`, facts: [vendor('Twilio', 2)] },
  { name: 'ts: SendGrid mail', source: typescriptCodeSource, path: 'src/mail.ts', text: code`
      import sgMail from '@sendgrid/mail';
      sgMail.setApiKey(process.env.SENDGRID_API_KEY!);
      await sgMail.send({ to, from, subject, text });`, facts: [mailer('SendGrid', 2), mailer('SendGrid', 3)] },
  // SendGrid's general API client is e-mail to SendGrid as its mail-send package is (mail-providers.ts).
  { name: 'ts: SendGrid API client', source: typescriptCodeSource, path: 'src/contacts.ts', text: code`
      import client from '@sendgrid/client';
      await client.request({ url: '/v3/marketing/contacts', method: 'PUT', body });`, facts: [mailer('SendGrid', 2)] },
  { name: 'ts: Mailgun client', source: typescriptCodeSource, path: 'src/mail.ts', text: code`
      import Mailgun from 'mailgun.js';
      import formData from 'form-data';
      const mg = new Mailgun(formData).client({ username: 'api', key: process.env.MAILGUN_KEY! });
      await mg.messages.create('mg.example.com', { to, from, text });`, facts: [mailer('Mailgun', 3)] },
  { name: 'ts: OpenAI and Anthropic', source: typescriptCodeSource, path: 'src/ai.ts', text: code`
      import OpenAI from 'openai';
      import Anthropic from '@anthropic-ai/sdk';
      const openai = new OpenAI();
      const claude = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`, facts: [vendor('OpenAI', 3), vendor('Anthropic', 4)] },
  { name: 'ts: Slack Web API', source: typescriptCodeSource, path: 'src/notify.ts', text: code`
      import { WebClient } from '@slack/web-api';
      const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
      await slack.chat.postMessage({ channel: '#ops', text: 'deployed' });`, facts: [vendor('Slack', 2)] },
  { name: 'ts: a WebClient of another library is not Slack', source: typescriptCodeSource, path: 'src/notify.ts', text: code`
      import { WebClient } from './web';
      const web = new WebClient(process.env.TOKEN);`, facts: [] },
  { name: 'js: PayPal checkout SDK', source: typescriptCodeSource, path: 'src/paypal.js', text: code`
      const paypal = require('@paypal/checkout-server-sdk');
      const env = new paypal.core.SandboxEnvironment(clientId, clientSecret);
      const client = new paypal.core.PayPalHttpClient(env);`, facts: [vendor('PayPal', 3)] },
  { name: 'ts: Auth0 management client', source: typescriptCodeSource, path: 'src/users.ts', text: code`
      import { ManagementClient } from 'auth0';
      const auth0 = new ManagementClient({ domain: 'acme.eu.auth0.com', clientId, clientSecret });`, facts: [vendor('Auth0', 2)] },
  { name: 'ts: Okta management client', source: typescriptCodeSource, path: 'src/users.ts', text: code`
      import okta from '@okta/okta-sdk-nodejs';
      const client = new okta.Client({ orgUrl: 'https://acme.okta.com/', token: process.env.OKTA_TOKEN });`, facts: [vendor('Okta', 2)] },
  // Python
  { name: 'py: stripe module calls', source: pythonCodeSource, path: 'pay/charge.py', text: code`
      import stripe
      stripe.api_key = os.environ["STRIPE_KEY"]
      stripe.Charge.create(amount=100, currency="eur")
      stripe.PaymentIntent.create(amount=100, currency="eur")`, facts: [vendor('Stripe', 3), vendor('Stripe', 4)] },
  { name: 'py: stripe.checkout.Session and StripeClient', source: pythonCodeSource, path: 'pay/checkout.py', text: code`
      import stripe
      client = stripe.StripeClient(key)
      stripe.checkout.Session.create(mode="payment")`, facts: [vendor('Stripe', 2), vendor('Stripe', 3)] },
  { name: 'py: OpenAI client and the legacy module API', source: pythonCodeSource, path: 'ai/chat.py', text: code`
      import openai
      from openai import OpenAI
      client = OpenAI()
      openai.ChatCompletion.create(model="gpt-4", messages=[])`, facts: [vendor('OpenAI', 3), vendor('OpenAI', 4)] },
  { name: 'py: Anthropic', source: pythonCodeSource, path: 'ai/claude.py', text: code`
      from anthropic import Anthropic
      client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])`, facts: [vendor('Anthropic', 2)] },
  { name: 'py: Twilio, SendGrid and Slack', source: pythonCodeSource, path: 'notify/send.py', text: code`
      from twilio.rest import Client
      from sendgrid import SendGridAPIClient
      from slack_sdk import WebClient
      sms = Client(account_sid, auth_token)
      mail = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))
      slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"])`, facts: [vendor('Twilio', 4), mailer('SendGrid', 5), vendor('Slack', 6)] },
  { name: 'py: a Client of another library is not Twilio', source: pythonCodeSource, path: 'notify/send.py', text: code`
      from acme.rest import Client
      c = Client(sid, token)`, facts: [] },
  // Java / Kotlin
  { name: 'java: com.stripe', source: jvmCodeSource, path: 'src/main/java/acme/Pay.java', text: code`
      import com.stripe.Stripe;
      import com.stripe.model.Charge;
      class Pay {
        void pay() throws Exception {
          Stripe.apiKey = System.getenv("STRIPE_KEY");
          Charge charge = Charge.create(params);
        }
      }`, facts: [vendor('Stripe', 6)] },
  { name: 'java: Spring AI OpenAI chat model and client', source: jvmCodeSource, path: 'src/main/java/acme/Ai.java', text: code`
      import org.springframework.ai.openai.OpenAiChatModel;
      import org.springframework.ai.chat.client.ChatClient;
      class Ai {
        Ai(OpenAiChatModel model) { this.chat = ChatClient.create(model); }
      }`, facts: [vendor('OpenAI', 4)] },
  { name: 'java: Twilio and SendGrid', source: jvmCodeSource, path: 'src/main/java/acme/Notify.java', text: code`
      import com.twilio.Twilio;
      import com.sendgrid.SendGrid;
      class Notify {
        void init() {
          Twilio.init(sid, token);
          SendGrid sg = new SendGrid(System.getenv("SENDGRID_API_KEY"));
        }
      }`, facts: [vendor('Twilio', 5), mailer('SendGrid', 6)] },
  // C#
  { name: 'cs: Stripe.net services', source: csharpCodeSource, path: 'Pay/Checkout.cs', text: code`
      using Stripe;
      public class Checkout {
        public void Pay() {
          var charges = new ChargeService();
          var intents = new PaymentIntentService();
        }
      }`, facts: [vendor('Stripe', 4), vendor('Stripe', 5)] },
  { name: 'cs: Azure OpenAI and OpenAI', source: csharpCodeSource, path: 'Ai/Chat.cs', text: code`
      using Azure.AI.OpenAI;
      using OpenAI.Chat;
      public class Chat {
        AzureOpenAIClient azure = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key));
        ChatClient chat = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
      }`, facts: [vendor('Azure OpenAI', 4), vendor('OpenAI', 5)] },
  { name: 'cs: SendGrid and Twilio', source: csharpCodeSource, path: 'Notify/Send.cs', text: code`
      using SendGrid;
      using Twilio;
      public class Send {
        public void Init() {
          var mail = new SendGridClient(apiKey);
          TwilioClient.Init(sid, token);
        }
      }`, facts: [mailer('SendGrid', 5), vendor('Twilio', 6)] },
  // Go
  { name: 'go: stripe-go', source: goCodeSource, path: 'pay/charge.go', text: code`
      package pay
      import (
        "github.com/stripe/stripe-go/v76"
        "github.com/stripe/stripe-go/v76/charge"
      )
      func Pay() {
        stripe.Key = os.Getenv("STRIPE_KEY")
        c, _ := charge.New(&stripe.ChargeParams{Amount: stripe.Int64(100)})
      }`, facts: [vendor('Stripe', 8)] },
  { name: 'go: stripe-go client API, openai-go and sendgrid-go', source: goCodeSource, path: 'notify/send.go', text: code`
      package notify
      import (
        "github.com/stripe/stripe-go/v76/client"
        "github.com/sashabaranov/go-openai"
        "github.com/sendgrid/sendgrid-go"
        "github.com/twilio/twilio-go"
      )
      func Init() {
        sc := client.New(key, nil)
        ai := openai.NewClient(os.Getenv("OPENAI_API_KEY"))
        sg := sendgrid.NewSendClient(os.Getenv("SENDGRID_API_KEY"))
        tw := twilio.NewRestClient()
      }`, facts: [vendor('Stripe', 9), vendor('OpenAI', 10), mailer('SendGrid', 11), vendor('Twilio', 12)] },
];

const JOB_QUEUES: Case[] = [
  { name: 'an exported Bull queue with redis options produces to that Redis', source: typescriptCodeSource, path: 'src/queue.ts', text: code`
      import Queue from 'bull';
      export const emails = new Queue('emails', { redis: { host: process.env.REDIS_HOST, port: 6379 } });`, facts: [job('produces', 2, 'emails', { key: 'REDIS_HOST' })] },
  { name: 'a Bull queue with a Redis URL that the file processes consumes', source: typescriptCodeSource, path: 'src/queue.js', text: code`
      const Queue = require('bull');
      const jobs = new Queue('thumbnails', 'redis://cache:6379');
      jobs.process(async (job) => resize(job.data));`, facts: [job('consumes', 2, 'thumbnails', { host: 'cache', port: 6379, url: 'redis://cache:6379' })] },
  { name: 'BullMQ: a queue added to produces, a worker consumes, through the connection', source: typescriptCodeSource, path: 'src/worker.ts', text: code`
      import { Queue, Worker } from 'bullmq';
      const connection = { host: 'jobs-redis', port: 6379 };
      const queue = new Queue('reports', { connection });
      const worker = new Worker('reports', async (job) => render(job), { connection });
      await queue.add('monthly', { month: 5 });`, facts: [job('produces', 3, 'reports', { host: 'jobs-redis', port: 6379 }), job('consumes', 4, 'reports', { host: 'jobs-redis', port: 6379 })] },
  { name: 'a Bull queue without options names no Redis (resolution takes the only one defined, if any)', source: typescriptCodeSource, path: 'src/queue.ts', text: code`
      import Queue from 'bull';
      const q = new Queue('audit');
      q.add({ at: Date.now() });`, facts: [job('produces', 2, 'audit', {})] },
  { name: 'a Queue of another library is not Bull', source: typescriptCodeSource, path: 'src/queue.ts', text: code`
      import { Queue } from './collections';
      const q = new Queue('x', { redis: { host: 'cache' } });`, facts: [] },
  { name: 'Python RQ: the Redis connection is the store', source: pythonCodeSource, path: 'jobs/enqueue.py', text: code`
      from redis import Redis
      from rq import Queue
      q = Queue("default", connection=Redis(host="jobs-redis", port=6379))`, facts: [jobStore(3, { host: 'jobs-redis', port: 6379 })] },
];

describe('SaaS vendor SDKs', () => {
  it.each(SAAS)('$name', async ({ source, path, text, facts }) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(facts);
  });

  it.each<[string, Source, string, string]>([
    ['js', typescriptCodeSource, 'src/pay.js', "const stripe = require('stripe')('sk_live_51CanaryKeyAbcdefghijklmn');\nconst OpenAI = require('openai');\nconst ai = new OpenAI({ apiKey: 'sk-proj-CanaryOpenAiKey0123456789' });\n"],
    ['python', pythonCodeSource, 'ai/chat.py', 'from anthropic import Anthropic\nclient = Anthropic("sk-ant-api03-CanaryAnthropicKey0123456789")\n'],
    ['c#', csharpCodeSource, 'Ai/Chat.cs', 'using OpenAI.Chat;\nvar chat = new ChatClient("gpt-4o", "sk-proj-CanaryOpenAiKey0123456789");\n'],
    ['go', goCodeSource, 'sms/send.go', 'package sms\nimport "github.com/twilio/twilio-go"\nvar c = twilio.NewRestClientWithParams(twilio.ClientParams{Username: "SK0123456789abcdef0123456789abcdef", Password: "CanaryTwilioSecret"})\n'],
  ])('never puts the key a %s client is given into a fact', async (_family, source, path, text) => {
    const facts = await readSnippet(source, path, text);
    expect(facts.length).toBeGreaterThan(0);
    expect(JSON.stringify(facts)).not.toMatch(/Canary|SK0123456789/);
  });

  it('resolves to one system named after the vendor, one edge per service', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'billing/pay.py', 'import stripe\nstripe.Charge.create(amount=1)\nstripe.Refund.create(charge="x")\n')),
      ...(await readSnippet(typescriptCodeSource, 'shop/pay.ts', "import Stripe from 'stripe';\nconst s = new Stripe(key);\n")),
      { type: 'component', name: 'billing', kind: 'application', root: 'billing', evidence: { file: 'billing/Dockerfile', line: 1, excerpt: 'FROM python' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'shop', kind: 'application', root: 'shop', evidence: { file: 'shop/Dockerfile', line: 1, excerpt: 'FROM node' }, confidence: CONFIDENCE.declared },
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort()).toEqual(['billing -> stripe (rest)', 'shop -> stripe (rest)']);
    expect(graph.systems.find((system) => system.id === 'stripe')).toMatchObject({ name: 'Stripe', kind: 'saas', technology: 'Stripe' });
  });
  it('mails through a mail provider\'s SMTP relay and its SDK alike: one e-mail edge to one system', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'mailer/relay.py', 'import smtplib\nsmtp = smtplib.SMTP("smtp.sendgrid.net", 587)\n')),
      ...(await readSnippet(pythonCodeSource, 'mailer/api.py', 'from sendgrid import SendGridAPIClient\nclient = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])\n')),
      { type: 'component', name: 'mailer', kind: 'application', root: 'mailer', evidence: { file: 'mailer/Dockerfile', line: 1, excerpt: 'FROM python' }, confidence: CONFIDENCE.declared },
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort()).toEqual(['mailer -> sendgrid (email)']);
  });
});

describe('job queues', () => {
  it.each(JOB_QUEUES)('$name', async ({ source, path, text, facts }) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(facts);
  });

});
