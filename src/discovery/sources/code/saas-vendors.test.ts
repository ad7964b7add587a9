/**
 * The wider vendor catalogue (saas-vendors.ts): each SDK's documented client construction is a
 * `rest` call of the vendor (*email* for a mail provider's), in the five families; a client of the
 * same name without the SDK's import, a commented-out client, an error reporter (Sentry) and a
 * boto3 client of another AWS service are nothing.
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { INFERRED, code, readSnippet, summarise, type FactSummary, type SnippetCase } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

/** A vendor SDK call: no target (resolution names the vendor), kind `saas`, `rest`. */
const vendor = (technology: string, line: number): FactSummary => ({ role: 'calls', mechanism: 'rest', technology, target: {}, targetKind: 'saas', line, confidence: INFERRED });
/** A mail provider's SDK call (mail-providers.ts): the same, but e-mail. */
const mail = (technology: string, line: number): FactSummary => ({ ...vendor(technology, line), mechanism: 'email' });

const CASES: SnippetCase[] = [
  // TypeScript / JavaScript
  { name: 'ts: Adyen client and Checkout API', source: typescriptCodeSource, path: 'src/pay.ts', text: code`
      import { Client, CheckoutAPI } from '@adyen/api-library';
      const client = new Client({ apiKey: process.env.ADYEN_API_KEY, environment: 'TEST' });
      const checkout = new CheckoutAPI(client);`, facts: [vendor('Adyen', 2), vendor('Adyen', 3)] },
  { name: 'js: Braintree gateway', source: typescriptCodeSource, path: 'src/pay.js', text: code`
      const braintree = require('braintree');
      const gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId, publicKey, privateKey });`, facts: [vendor('Braintree', 2)] },
  { name: 'ts: Resend, Postmark and Brevo (mail providers: e-mail)', source: typescriptCodeSource, path: 'src/mail.ts', text: code`
      import { Resend } from 'resend';
      import * as postmark from 'postmark';
      import * as brevo from '@getbrevo/brevo';
      const resend = new Resend(process.env.RESEND_API_KEY);
      const pm = new postmark.ServerClient(process.env.POSTMARK_TOKEN!);
      const emails = new brevo.TransactionalEmailsApi();`, facts: [mail('Resend', 4), mail('Postmark', 5), mail('Brevo', 6)] },
  { name: "js: Mailchimp Transactional by require('…')(key)", source: typescriptCodeSource, path: 'src/mail.js', text: code`
      const mailchimp = require('@mailchimp/mailchimp_transactional')(process.env.MANDRILL_KEY);`, facts: [mail('Mailchimp Transactional', 1)] },
  { name: 'ts: Algolia, Octokit and Gemini', source: typescriptCodeSource, path: 'src/clients.ts', text: code`
      import { algoliasearch } from 'algoliasearch';
      import { Octokit } from '@octokit/rest';
      import { GoogleGenAI } from '@google/genai';
      const search = algoliasearch(appId, apiKey);
      const github = new Octokit({ auth: process.env.GITHUB_TOKEN });
      const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });`, facts: [vendor('Algolia', 4), vendor('GitHub', 5), vendor('Gemini', 6)] },
  { name: 'ts: firebase-admin messaging is FCM, its Firestore is not', source: typescriptCodeSource, path: 'src/push.ts', text: code`
      import admin from 'firebase-admin';
      await admin.messaging().send({ token, notification: { title: 'hi' } });`, facts: [vendor('Firebase Cloud Messaging', 2)] },
  { name: 'ts: AWS SES v3 client', source: typescriptCodeSource, path: 'src/mail.ts', text: code`
      import { SESv2Client } from '@aws-sdk/client-sesv2';
      const ses = new SESv2Client({ region: 'eu-west-1' });`, facts: [mail('Amazon SES', 2)] },
  { name: 'ts: Mailjet (apiConnect and new Mailjet) and SparkPost', source: typescriptCodeSource, path: 'src/mail.ts', text: code`
      import Mailjet from 'node-mailjet';
      import SparkPost from 'sparkpost';
      const mailjet = Mailjet.apiConnect(process.env.MJ_APIKEY_PUBLIC!, process.env.MJ_APIKEY_PRIVATE!);
      const mj = new Mailjet({ apiKey: process.env.MJ_APIKEY_PUBLIC, apiSecret: process.env.MJ_APIKEY_PRIVATE });
      const sparky = new SparkPost(process.env.SPARKPOST_API_KEY);`, facts: [mail('Mailjet', 3), mail('Mailjet', 4), mail('SparkPost', 5)] },
  { name: 'ts: googleapis names each Google API by its product', source: typescriptCodeSource, path: 'src/google.ts', text: code`
      import { google } from 'googleapis';
      const auth = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
      const calendar = google.calendar({ version: 'v3', auth });
      const gmail = google.gmail({ version: 'v1', auth });
      const drive = google.drive({ version: 'v3', auth });
      const sheets = google.sheets({ version: 'v4', auth });`, facts: [vendor('Google Calendar', 3), vendor('Gmail', 4), vendor('Google Drive', 5), vendor('Google Sheets', 6)] },
  { name: "ts: one product's package (@googleapis/calendar) and its typed client", source: typescriptCodeSource, path: 'src/gcal.ts', text: code`
      import { calendar, calendar_v3 } from '@googleapis/calendar';
      const client = new calendar_v3.Calendar({ auth });
      const other = calendar({ version: 'v3', auth });`, facts: [vendor('Google Calendar', 2), vendor('Google Calendar', 3)] },
  { name: 'ts: the Microsoft Graph client', source: typescriptCodeSource, path: 'src/graph.ts', text: code`
      import { Client } from '@microsoft/microsoft-graph-client';
      const graph = Client.init({ authProvider: (done) => done(null, token) });`, facts: [vendor('Microsoft Graph', 2)] },
  { name: 'ts: google.calendar of a local stub is nothing, and google.auth only holds credentials', source: typescriptCodeSource, path: 'src/fake.ts', text: code`
      import { google } from './google-stub';
      const calendar = google.calendar({ version: 'v3' });`, facts: [] },
  { name: 'ts: google.auth.OAuth2 alone is no Google API call', source: typescriptCodeSource, path: 'src/consent.ts', text: code`
      import { google } from 'googleapis';
      const auth = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
      export const url = auth.generateAuthUrl({ scope: ['https://www.googleapis.com/auth/calendar'] });`, facts: [] },
  { name: 'ts: a Client or Pusher of another library is nothing', source: typescriptCodeSource, path: 'src/live.ts', text: code`
      import { Client } from './adyen-mock';
      import Pusher from './pusher-stub';
      const client = new Client({ apiKey: 'x' });
      const pusher = new Pusher({ appId: '1' });`, facts: [] },
  { name: 'ts: a commented-out client and Sentry are nothing', source: typescriptCodeSource, path: 'src/server.ts', text: code`
      import * as Sentry from '@sentry/node';
      // import Pusher from 'pusher';
      // const pusher = new Pusher({ appId, key, secret, cluster: 'eu' });
      Sentry.init({ dsn: process.env.SENTRY_DSN });`, facts: [] },
  // Python
  { name: 'py: Adyen, Braintree and Razorpay', source: pythonCodeSource, path: 'pay/clients.py', text: code`
      import Adyen
      import braintree
      import razorpay
      adyen = Adyen.Adyen(xapikey=os.environ["ADYEN_KEY"])
      gateway = braintree.BraintreeGateway(braintree.Configuration(environment=braintree.Environment.Sandbox))
      rzp = razorpay.Client(auth=(key_id, key_secret))`, facts: [vendor('Adyen', 4), vendor('Braintree', 5), vendor('Razorpay', 6)] },
  { name: 'py: Postmark, Resend and Mailchimp Transactional', source: pythonCodeSource, path: 'mail/send.py', text: code`
      import resend
      import mailchimp_transactional as MailchimpTransactional
      from postmarker.core import PostmarkClient
      postmark = PostmarkClient(server_token=os.environ["POSTMARK_SERVER_TOKEN"])
      resend.Emails.send({"from": "a@b.example", "to": "c@d.example", "subject": "hi"})
      mandrill = MailchimpTransactional.Client(os.environ["MANDRILL_KEY"])`, facts: [mail('Postmark', 4), mail('Resend', 5), mail('Mailchimp Transactional', 6)] },
  { name: 'py: Mailgun and SparkPost SDKs', source: pythonCodeSource, path: 'mail/providers.py', text: code`
      import os
      from mailgun.client import Client
      from sparkpost import SparkPost
      mailgun = Client(auth=("api", os.environ["MAILGUN_API_KEY"]))
      sparky = SparkPost(os.environ["SPARKPOST_API_KEY"])`, facts: [mail('Mailgun', 4), mail('SparkPost', 5)] },
  { name: 'py: mailjet_rest Client', source: pythonCodeSource, path: 'mail/mailjet.py', text: code`
      import os
      from mailjet_rest import Client
      mailjet = Client(auth=(os.environ["MJ_KEY"], os.environ["MJ_SECRET"]), version="v3.1")`, facts: [mail('Mailjet', 3)] },
  { name: 'py: PyGithub, huggingface_hub, Gemini and Pinecone', source: pythonCodeSource, path: 'ai/clients.py', text: code`
      from github import Github, Auth
      from huggingface_hub import InferenceClient
      from google import genai
      from pinecone import Pinecone
      gh = Github(auth=Auth.Token(os.environ["GITHUB_TOKEN"]))
      hf = InferenceClient(token=os.environ["HF_TOKEN"])
      gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
      pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])`, facts: [vendor('GitHub', 5), vendor('Hugging Face', 6), vendor('Gemini', 7), vendor('Pinecone', 8)] },
  { name: 'py: python-telegram-bot Bot in a property, pyTelegramBotAPI, aiogram', source: pythonCodeSource, path: 'notify/telegram.py', text: code`
      from django.conf import settings
      from telegram import Bot
      import telebot
      from aiogram import Bot as AioBot

      class TelegramClient:
          @property
          def api_client(self) -> Bot:
              return Bot(self.token, base_url=settings.TELEGRAM_API_URL)

      legacy = telebot.TeleBot(settings.TELEGRAM_TOKEN)
      modern = AioBot(token=settings.TELEGRAM_TOKEN)`, facts: [vendor('Telegram', 9), vendor('Telegram', 11), vendor('Telegram', 12)] },
  { name: 'py: a slack_sdk WebClient subclass constructs the client through super().__init__', source: pythonCodeSource, path: 'notify/slack.py', text: code`
      from django.conf import settings
      from slack_sdk import WebClient

      class SlackClient(WebClient):
          def __init__(self, token):
              super().__init__(token=token, base_url=settings.SLACK_API_BASE_URL)`, facts: [vendor('Slack', 6)] },
  { name: 'py: a class of no vendor calling super().__init__ is nothing', source: pythonCodeSource, path: 'notify/base.py', text: code`
      from slack_sdk import WebClient

      class Notifier(object):
          def __init__(self, token):
              super().__init__()`, facts: [] },
  { name: 'py: FCM through firebase_admin.messaging', source: pythonCodeSource, path: 'push/send.py', text: code`
      from firebase_admin import messaging
      messaging.send(messaging.Message(token=token))`, facts: [vendor('Firebase Cloud Messaging', 2)] },
  { name: 'py: a boto3 SES client is Amazon SES, an S3 client is not', source: pythonCodeSource, path: 'mail/ses.py', text: code`
      import boto3
      ses = boto3.client("sesv2")
      s3 = boto3.client("s3")`, facts: [mail('Amazon SES', 2)] },
  { name: 'py: a Client of another package is nothing; Sentry is nothing', source: pythonCodeSource, path: 'app.py', text: code`
      import sentry_sdk
      from acme.square import Client
      sentry_sdk.init(dsn=os.environ["SENTRY_DSN"])
      c = Client(token)`, facts: [] },
  // Java / Kotlin
  { name: 'java: Razorpay and Zendesk configured only by env', source: jvmCodeSource, path: 'src/main/java/acme/Payouts.java', text: code`
      import com.razorpay.RazorpayClient;
      import org.zendesk.client.v2.Zendesk;
      class Payouts {
        RazorpayClient rzp = new RazorpayClient(System.getenv("RAZORPAY_KEY_ID"), System.getenv("RAZORPAY_KEY_SECRET"));
        Zendesk zd = new Zendesk.Builder(System.getenv("ZENDESK_URL")).setToken(System.getenv("ZENDESK_TOKEN")).build();
      }`, facts: [vendor('Razorpay', 4), vendor('Zendesk', 5)] },
  { name: 'java: Adyen, Postmark, GitHub and FCM', source: jvmCodeSource, path: 'src/main/java/acme/Vendors.java', text: code`
      import com.adyen.Client;
      import com.adyen.enums.Environment;
      import com.postmarkapp.postmark.Postmark;
      import org.kohsuke.github.GitHub;
      import com.google.firebase.messaging.FirebaseMessaging;
      class Vendors {
        Client adyen = new Client(System.getenv("ADYEN_API_KEY"), Environment.LIVE, "prefix");
        ApiClient postmark = Postmark.getApiClient(System.getenv("POSTMARK_TOKEN"));
        GitHub github = GitHub.connectUsingOAuth(System.getenv("GITHUB_TOKEN"));
        FirebaseMessaging fcm = FirebaseMessaging.getInstance();
      }`, facts: [vendor('Adyen', 7), mail('Postmark', 8), vendor('GitHub', 9), vendor('Firebase Cloud Messaging', 10)] },
  { name: 'java: Mailgun, Mailjet and SparkPost SDKs', source: jvmCodeSource, path: 'src/main/java/acme/Mailers.java', text: code`
      import com.mailgun.client.MailgunClient;
      import com.mailgun.api.v3.MailgunMessagesApi;
      import com.mailjet.client.MailjetClient;
      import com.mailjet.client.ClientOptions;
      import com.sparkpost.Client;
      class Mailers {
        MailgunMessagesApi mailgun = MailgunClient.config(System.getenv("MAILGUN_API_KEY")).createApi(MailgunMessagesApi.class);
        MailjetClient mailjet = new MailjetClient(ClientOptions.builder().apiKey(System.getenv("MJ_KEY")).apiSecretKey(System.getenv("MJ_SECRET")).build());
        Client sparkpost = new Client(System.getenv("SPARKPOST_API_KEY"));
      }`, facts: [mail('Mailgun', 7), mail('Mailjet', 8), mail('SparkPost', 9)] },
  { name: 'kotlin: WeChat Pay and Alipay', source: jvmCodeSource, path: 'src/main/kotlin/acme/China.kt', text: code`
      import com.wechat.pay.java.service.payments.jsapi.JsapiService
      import com.alipay.api.DefaultAlipayClient
      class China(config: Config) {
        val wechat = JsapiService.Builder().config(config).build()
        val alipay = DefaultAlipayClient("https://openapi.alipay.com/gateway.do", appId, key, "json", "UTF-8", pub, "RSA2")
      }`, facts: [vendor('WeChat Pay', 4), vendor('Alipay', 5)] },
  // Go
  { name: 'go: Vonage by env, FCM and Resend', source: goCodeSource, path: 'notify/clients.go', text: code`
      package notify
      import (
        "os"
        firebase "firebase.google.com/go/v4"
        "github.com/resend/resend-go/v2"
        "github.com/vonage/vonage-go-sdk"
      )
      func Init(ctx context.Context, app *firebase.App) {
        sms := vonage.NewSMSClient(vonage.CreateAuthFromKeySecret(os.Getenv("VONAGE_API_KEY"), os.Getenv("VONAGE_API_SECRET")))
        fcm, _ := app.Messaging(ctx)
        mail := resend.NewClient(os.Getenv("RESEND_API_KEY"))
      }`, facts: [vendor('Vonage', 9), vendor('Firebase Cloud Messaging', 10), mail('Resend', 11)] },
  { name: 'go: Mailjet', source: goCodeSource, path: 'notify/mailjet.go', text: code`
      package notify
      import (
        "os"
        "github.com/mailjet/mailjet-apiv3-go/v4"
      )
      func Mailer() *mailjet.Client {
        return mailjet.NewMailjetClient(os.Getenv("MJ_APIKEY_PUBLIC"), os.Getenv("MJ_APIKEY_PRIVATE"))
      }`, facts: [mail('Mailjet', 7)] },
  { name: 'go: go-github, Algolia and Gemini', source: goCodeSource, path: 'ops/clients.go', text: code`
      package ops
      import (
        "github.com/google/go-github/v62/github"
        "github.com/algolia/algoliasearch-client-go/v4/algolia/search"
        "google.golang.org/genai"
      )
      func Init(ctx context.Context) {
        gh := github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
        idx, _ := search.NewClient(os.Getenv("ALGOLIA_APP_ID"), os.Getenv("ALGOLIA_API_KEY"))
        ai, _ := genai.NewClient(ctx, &genai.ClientConfig{APIKey: os.Getenv("GEMINI_API_KEY")})
      }`, facts: [vendor('GitHub', 8), vendor('Algolia', 9), vendor('Gemini', 10)] },
  // C#
  { name: 'cs: Square by env and Pusher', source: csharpCodeSource, path: 'Ledger/Clients.cs', text: code`
      using Square;
      using PusherServer;
      public class Clients {
        SquareClient square = new SquareClient(Environment.GetEnvironmentVariable("SQUARE_ACCESS_TOKEN"));
        Pusher pusher = new Pusher(appId, key, secret, new PusherOptions { Cluster = "eu" });
      }`, facts: [vendor('Square', 4), vendor('Pusher', 5)] },
  { name: 'cs: Postmark, Octokit and Avalara', source: csharpCodeSource, path: 'Billing/Clients.cs', text: code`
      using PostmarkDotNet;
      using Octokit;
      using Avalara.AvaTax.RestClient;
      public class Clients {
        PostmarkClient mail = new PostmarkClient(Environment.GetEnvironmentVariable("POSTMARK_TOKEN"));
        GitHubClient github = new GitHubClient(new ProductHeaderValue("billing"));
        AvaTaxClient tax = new AvaTaxClient("billing", "1.0", Environment.MachineName, AvaTaxEnvironment.Production);
      }`, facts: [mail('Postmark', 5), vendor('GitHub', 6), vendor('Avalara AvaTax', 7)] },
  { name: 'cs: Mailjet and SparkPost', source: csharpCodeSource, path: 'Billing/Mailers.cs', text: code`
      using Mailjet.Client;
      using SparkPost;
      public class Mailers {
        MailjetClient mailjet = new MailjetClient(Environment.GetEnvironmentVariable("MJ_APIKEY_PUBLIC"), Environment.GetEnvironmentVariable("MJ_APIKEY_PRIVATE"));
        Client sparkpost = new Client(Environment.GetEnvironmentVariable("SPARKPOST_API_KEY"));
      }`, facts: [mail('Mailjet', 4), mail('SparkPost', 5)] },
];

describe('the SaaS vendor catalogue', () => {
  it.each(CASES)('$name', async ({ source, path, text, facts }) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(facts);
  });

  it('meets a vendor\'s SDK and its API host, built with an f-string of a constant, on one system', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'billing/tax.py', 'import requests\nAVATAX_BASE = "https://rest.avatax.com/api/v2"\ndef quote(body):\n    return requests.post(f"{AVATAX_BASE}/transactions/create", json=body)\n')),
      ...(await readSnippet(csharpCodeSource, 'ledger/Tax.cs', 'using Avalara.AvaTax.RestClient;\npublic class Tax { AvaTaxClient c = new AvaTaxClient("ledger", "1.0", "m", AvaTaxEnvironment.Production); }\n')),
      { type: 'component', name: 'billing', kind: 'application', root: 'billing', evidence: { file: 'billing/Dockerfile', line: 1, excerpt: 'FROM python' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'ledger', kind: 'application', root: 'ledger', evidence: { file: 'ledger/Dockerfile', line: 1, excerpt: 'FROM dotnet' }, confidence: CONFIDENCE.declared },
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort()).toEqual(['billing -> avalara-avatax (rest)', 'ledger -> avalara-avatax (rest)']);
    expect(graph.systems.find((system) => system.id === 'avalara-avatax')).toMatchObject({ name: 'Avalara AvaTax', kind: 'saas' });
  });
});
