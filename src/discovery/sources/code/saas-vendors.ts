/**
 * The official SDKs of SaaS vendors (payments, tax, e-mail, messaging, search, content, commerce,
 * developer platforms, support, CRM, AI), by language family: each line is the vendor's client
 * construction as its SDK's documentation shows it, taken only in files importing the SDK. The
 * vendor's API hosts are in core/discovery/saas-hosts.ts; both name one system after the vendor.
 *
 * Where a vendor publishes no SDK for a language, that language has no line (Avalara, Shopify or
 * HubSpot in Go), except where one community SDK is what the vendor's own docs point to
 * (smartwalle/alipay, go-jira, binarywang's WxJava). Telemetry vendors (Sentry) are not here: an
 * error reporter is observability, not an integration.
 */
import type { CallSite, Signature, SiteTools } from './code-model.js';
import { oauth2EndpointProvider } from '../../../core/discovery/identity-providers.js';
import { GOOGLE_APIS } from '../../../core/discovery/saas-hosts.js';
import { requiredAndCalled, vendor } from './signature-builders.js';

const both = (names: readonly string[]): string[] => names.flatMap((name) => [name, `*.${name}`]);

/** TypeScript and JavaScript (npm packages). */
export const TYPESCRIPT_VENDORS: readonly Signature[] = [
  vendor('Adyen', ['new Client', 'new CheckoutAPI', 'new Checkout'], { imports: ['@adyen/api-library'] }),
  vendor('Braintree', ['new BraintreeGateway', 'braintree.connect'], { imports: ['braintree'] }),
  vendor('Square', ['new SquareClient', 'new Client'], { imports: ['square'] }),
  vendor('Mollie', ['createMollieClient'], { imports: ['@mollie/api-client'] }),
  vendor('Razorpay', ['new Razorpay'], { imports: ['razorpay'] }),
  vendor('Alipay', ['new AlipaySdk'], { imports: ['alipay-sdk'] }),
  vendor('Avalara AvaTax', ['new Avatax', 'new AvaTaxClient'], { imports: ['avatax'] }),
  vendor('Postmark', ['new ServerClient', 'new AccountClient', 'new Client'], { imports: ['postmark'] }),
  vendor('Resend', ['new Resend'], { imports: ['resend'] }),
  vendor('Brevo', ['new TransactionalEmailsApi', 'new ContactsApi', 'new BrevoClient'], { imports: ['@getbrevo/brevo', 'sib-api-v3-sdk', 'sib-api-v3-typescript'] }),
  vendor('Mailchimp', ['*.setConfig'], { imports: ['@mailchimp/mailchimp_marketing'] }),
  vendor('Mailchimp Transactional', ['require'], { imports: ['@mailchimp/mailchimp_transactional'], refine: requiredAndCalled('@mailchimp/mailchimp_transactional') }),
  vendor('Mailchimp Transactional', ['mailchimp', 'mailchimpTx', 'mailchimpTransactional', 'mailchimpClient'], { imports: ['@mailchimp/mailchimp_transactional'] }),
  vendor('Mailchimp Transactional', ['new Mandrill'], { imports: ['mandrill-api'] }),
  // node-mailjet v5+ (`Mailjet.apiConnect(key, secret)`, `new Mailjet({ apiKey, apiSecret })`); SparkPost's `new SparkPost(key)`.
  vendor('Mailjet', ['*.apiConnect', 'new Mailjet', 'new Client', 'new Mailjet.Client'], { imports: ['node-mailjet'] }),
  vendor('SparkPost', ['new SparkPost'], { imports: ['sparkpost'] }),
  vendor('Vonage', ['new Vonage'], { imports: ['@vonage/server-sdk'] }),
  vendor('Vonage', ['new Nexmo'], { imports: ['nexmo'] }),
  vendor('Algolia', ['algoliasearch', 'searchClient'], { imports: ['algoliasearch', '@algolia/client-search'] }),
  vendor('Contentful', ['createClient', '*.createClient'], { imports: ['contentful', 'contentful-management'] }),
  vendor('Shopify', ['shopifyApi', 'createAdminApiClient', 'createStorefrontApiClient', 'createAdminRestApiClient'], { imports: ['@shopify/shopify-api', '@shopify/admin-api-client', '@shopify/storefront-api-client'] }),
  vendor('Shopify', ['new Shopify'], { imports: ['shopify-api-node'] }),
  vendor('GitHub', ['new Octokit', 'new App'], { imports: ['@octokit/', 'octokit'] }),
  vendor('GitLab', ['new Gitlab'], { imports: ['@gitbeaker/'] }),
  vendor('Hugging Face', ['new HfInference', 'new InferenceClient'], { imports: ['@huggingface/inference'] }),
  vendor('Google Maps', ['new Client'], { imports: ['@googlemaps/google-maps-services-js'] }),
  vendor('Mapbox', ['mbxClient', 'mbxGeocoding', 'mbxDirections', 'mbxMatrix', 'mbxStatic', 'mbxIsochrone', 'mbxOptimization'], { imports: ['@mapbox/mapbox-sdk'] }),
  vendor('Cloudinary', ['*.config', '*.uploader.upload', '*.uploader.upload_stream', '*.uploader.destroy'], { imports: ['cloudinary'] }),
  // firebase-admin's messaging: `admin.messaging().send(…)`, `getMessaging().send(…)` (Firestore is its own line).
  vendor('Firebase Cloud Messaging', ['getMessaging', '*.messaging'], { imports: ['firebase-admin'] }),
  vendor('Apple Push Notification service', ['new Provider'], { imports: ['apn', '@parse/node-apn', 'node-apn'] }),
  vendor('Pusher', ['new Pusher'], { imports: ['pusher'] }),
  vendor('Telegram', ['new TelegramBot'], { imports: ['node-telegram-bot-api'] }),
  vendor('Telegram', ['new Telegraf'], { imports: ['telegraf'] }),
  vendor('Zendesk', ['createClient', '*.createClient'], { imports: ['node-zendesk'] }),
  vendor('HubSpot', ['new Client'], { imports: ['@hubspot/api-client'] }),
  vendor('Salesforce', ['new Connection'], { imports: ['jsforce'] }),
  vendor('Jira', ['new Version3Client', 'new Version2Client', 'new AgileClient'], { imports: ['jira.js'] }),
  vendor('Jira', ['new JiraApi'], { imports: ['jira-client'] }),
  vendor('Cohere', ['new CohereClient', 'new CohereClientV2'], { imports: ['cohere-ai'] }),
  vendor('Mistral AI', ['new Mistral', 'new MistralClient'], { imports: ['@mistralai/mistralai'] }),
  vendor('Mistral AI', ['new ChatMistralAI', 'new MistralAIEmbeddings'], { imports: ['@langchain/mistralai'] }),
  vendor('Gemini', ['new GoogleGenAI', 'new GoogleGenerativeAI'], { imports: ['@google/genai', '@google/generative-ai'] }),
  vendor('Gemini', ['new ChatGoogleGenerativeAI'], { imports: ['@langchain/google-genai'] }),
  vendor('Pinecone', ['new Pinecone', 'new PineconeClient'], { imports: ['@pinecone-database/pinecone'] }),
  vendor('Amazon SES', ['new SESClient', 'new SESv2Client'], { imports: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'] }),
  // Google's per-product APIs (saas-hosts.ts GOOGLE_APIS): `google.calendar({ version: 'v3', auth })`
  // of googleapis, or one product's package (`@googleapis/calendar`: `calendar({ … })`), and either's
  // `new calendar_v3.Calendar({ auth })`. `google.auth.OAuth2` only holds credentials: no line.
  ...GOOGLE_APIS.flatMap(({ api, version, type, product }) => [
    vendor(product, [`google.${api}`, `*.google.${api}`, `new ${api}_${version}.${type}`], { imports: ['googleapis'] }),
    vendor(product, [api, `new ${api}_${version}.${type}`], { imports: [`@googleapis/${api}`] }),
  ]),
  // Microsoft Graph (Microsoft 365 calendars, mail, Teams meetings): `Client.init({ authProvider })`.
  vendor('Microsoft Graph', ['Client.init', 'Client.initWithMiddleware'], { imports: ['@microsoft/microsoft-graph-client'] }),
];

/** boto3's `client("ses")`, `client("sesv2")`: the service is the first argument. */
function sesClient(site: CallSite, tools: SiteTools): false | undefined {
  const service = tools.value(site, 0);
  return service.kind === 'literal' && /^sesv?2?$/.test(service.text) ? undefined : false;
}

/** Python (PyPI packages). */
export const PYTHON_VENDORS: readonly Signature[] = [
  vendor('Adyen', ['Adyen.Adyen', 'Adyen'], { imports: ['Adyen'] }),
  vendor('Braintree', [...both(['BraintreeGateway']), 'braintree.Configuration.configure'], { imports: ['braintree'] }),
  vendor('Square', [...both(['Square', 'Client'])], { imports: ['square'] }),
  vendor('Mollie', both(['Client']), { imports: ['mollie'] }),
  vendor('Razorpay', both(['Client']), { imports: ['razorpay'] }),
  vendor('Alipay', both(['DefaultAlipayClient', 'AliPay', 'DCAliPay', 'ISVAliPay']), { imports: ['alipay'] }),
  vendor('WeChat Pay', both(['WeChatPay']), { imports: ['wechatpayv3'] }),
  vendor('Avalara AvaTax', both(['AvataxClient']), { imports: ['avalara'] }),
  vendor('Postmark', both(['PostmarkClient']), { imports: ['postmarker'] }),
  vendor('Resend', ['resend.*.send', 'resend.*.send_async', 'resend.*.create', 'resend.*.get', 'resend.*.list'], { imports: ['resend'] }),
  vendor('Brevo', both(['ApiClient', 'Brevo', 'AsyncBrevo']), { imports: ['sib_api_v3_sdk', 'brevo_python', 'brevo'] }),
  vendor('Mailchimp', both(['Client']), { imports: ['mailchimp_marketing'] }),
  vendor('Mailchimp Transactional', both(['Client']), { imports: ['mailchimp_transactional'] }),
  vendor('Mailchimp Transactional', both(['Mandrill']), { imports: ['mandrill'] }),
  // Mailgun's SDK (`from mailgun.client import Client`; `Client(auth=("api", key))`), mailjet_rest's `Client(auth=(key, secret), version="v3.1")`.
  vendor('Mailgun', both(['Client']), { imports: ['mailgun.client'] }),
  vendor('Mailjet', both(['Client']), { imports: ['mailjet_rest'] }),
  vendor('SparkPost', both(['SparkPost']), { imports: ['sparkpost'] }),
  vendor('Vonage', both(['Client', 'Vonage']), { imports: ['vonage'] }),
  vendor('Algolia', ['SearchClient.create', ...both(['SearchClient', 'SearchClientSync'])], { imports: ['algoliasearch'] }),
  vendor('Contentful', both(['Client']), { imports: ['contentful', 'contentful_management'] }),
  vendor('Shopify', ['shopify.Session', 'shopify.Session.setup', 'shopify.ShopifyResource.activate_session', 'shopify.ShopifyResource.set_site'], { imports: ['shopify'] }),
  vendor('GitHub', both(['Github', 'GithubIntegration']), { imports: ['github'] }),
  vendor('GitLab', both(['Gitlab']), { imports: ['gitlab'] }),
  vendor('Hugging Face', [...both(['InferenceClient', 'AsyncInferenceClient', 'HfApi']), 'hf_hub_download', 'snapshot_download', 'huggingface_hub.hf_hub_download', 'huggingface_hub.snapshot_download'], { imports: ['huggingface_hub'] }),
  vendor('Google Maps', both(['Client']), { imports: ['googlemaps'] }),
  vendor('Cloudinary', ['cloudinary.config', 'cloudinary.uploader.upload', 'cloudinary.uploader.destroy', 'uploader.upload', 'uploader.destroy'], { imports: ['cloudinary'] }),
  vendor('Firebase Cloud Messaging', ['messaging.send', 'messaging.send_each', 'messaging.send_all', 'messaging.send_multicast', 'messaging.send_each_for_multicast', 'messaging.subscribe_to_topic'], { imports: ['firebase_admin'] }),
  vendor('Apple Push Notification service', both(['APNs', 'APNsClient']), { imports: ['aioapns', 'apns2'] }),
  vendor('Pusher', both(['Pusher']), { imports: ['pusher'] }),
  // Telegram's Bot API: python-telegram-bot (`Bot(token, base_url=…)`, `Application.builder()`), pyTelegramBotAPI, aiogram.
  vendor('Telegram', [...both(['Bot', 'ExtBot', 'Updater', 'ApplicationBuilder']), 'Application.builder'], { imports: ['telegram'] }),
  vendor('Telegram', both(['TeleBot', 'AsyncTeleBot']), { imports: ['telebot'] }),
  vendor('Telegram', both(['Bot']), { imports: ['aiogram'] }),
  vendor('Zendesk', both(['Zenpy']), { imports: ['zenpy'] }),
  vendor('HubSpot', [...both(['HubSpot']), 'hubspot.Client.create', 'Client.create'], { imports: ['hubspot'] }),
  vendor('Salesforce', both(['Salesforce']), { imports: ['simple_salesforce'] }),
  vendor('Jira', both(['JIRA']), { imports: ['jira'] }),
  vendor('Jira', both(['Jira']), { imports: ['atlassian'] }),
  vendor('Cohere', both(['Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2']), { imports: ['cohere'] }),
  vendor('Mistral AI', both(['Mistral', 'MistralClient', 'MistralAsyncClient']), { imports: ['mistralai'] }),
  vendor('Mistral AI', both(['ChatMistralAI', 'MistralAIEmbeddings']), { imports: ['langchain_mistralai'] }),
  vendor('Gemini', both(['Client']), { imports: ['google.genai'] }),
  vendor('Gemini', ['genai.configure', ...both(['GenerativeModel'])], { imports: ['google.generativeai'] }),
  vendor('Gemini', both(['ChatGoogleGenerativeAI', 'GoogleGenerativeAIEmbeddings']), { imports: ['langchain_google_genai'] }),
  vendor('Pinecone', [...both(['Pinecone', 'PineconeGRPC']), 'pinecone.init'], { imports: ['pinecone'] }),
  vendor('Amazon SES', ['boto3.client', 'client', '*.client'], { imports: ['boto3', 'aioboto3'], refine: sesClient }),
];

/** Java and Kotlin (Maven artifacts, by package). */
export const JVM_VENDORS: readonly Signature[] = [
  vendor('Adyen', ['new Client', 'new Checkout', 'new PaymentsApi'], { imports: ['com.adyen'] }),
  vendor('Braintree', ['new BraintreeGateway'], { imports: ['com.braintreegateway'] }),
  vendor('Square', ['SquareClient.builder', 'new SquareClient.Builder'], { imports: ['com.squareup.square'] }),
  vendor('Razorpay', ['new RazorpayClient'], { imports: ['com.razorpay'] }),
  vendor('Alipay', ['new DefaultAlipayClient', 'Factory.setOptions'], { imports: ['com.alipay.api', 'com.alipay.easysdk'] }),
  vendor('WeChat Pay', ['new JsapiService.Builder', 'new JsapiServiceExtension.Builder', 'new NativePayService.Builder', 'new AppService.Builder', 'new AppServiceExtension.Builder', 'new H5Service.Builder', 'new RefundService.Builder'], { imports: ['com.wechat.pay.java'] }),
  vendor('WeChat Pay', ['new WxPayServiceImpl'], { imports: ['com.github.binarywang.wxpay'] }),
  vendor('WeChat', ['new WxMpServiceImpl', 'new WxMaServiceImpl'], { imports: ['me.chanjar.weixin', 'cn.binarywang.wx.miniapp'] }),
  vendor('Avalara AvaTax', ['new AvaTaxClient'], { imports: ['net.avalara.avatax'] }),
  vendor('Postmark', ['Postmark.getApiClient', 'Postmark.getAccountApiClient'], { imports: ['com.postmarkapp'] }),
  vendor('Resend', ['new Resend'], { imports: ['com.resend'] }),
  vendor('Brevo', ['new TransactionalEmailsApi', 'new ContactsApi'], { imports: ['brevo', 'brevoApi', 'sendinblue', 'sibApi'] }),
  // mailgun-java's `MailgunClient.config(key).createApi(MailgunMessagesApi.class)`.
  vendor('Mailgun', ['MailgunClient.config'], { imports: ['com.mailgun'] }),
  vendor('Mailjet', ['new MailjetClient'], { imports: ['com.mailjet.client'] }),
  vendor('SparkPost', ['new Client'], { imports: ['com.sparkpost'] }),
  vendor('Vonage', ['VonageClient.builder'], { imports: ['com.vonage'] }),
  vendor('Algolia', ['new SearchClient', 'DefaultSearchClient.create'], { imports: ['com.algolia'] }),
  vendor('Contentful', ['CDAClient.builder', 'new CMAClient.Builder'], { imports: ['com.contentful'] }),
  vendor('GitHub', ['GitHub.connect', 'GitHub.connectAnonymously', 'GitHub.connectUsingOAuth', 'GitHub.connectUsingPassword', 'new GitHubBuilder', 'GitHubBuilder.fromEnvironment'], { imports: ['org.kohsuke.github'] }),
  vendor('GitLab', ['new GitLabApi', 'GitLabApi.oauth2Login'], { imports: ['org.gitlab4j'] }),
  vendor('Google Maps', ['new GeoApiContext.Builder'], { imports: ['com.google.maps'] }),
  vendor('Mapbox', ['MapboxGeocoding.builder', 'MapboxDirections.builder', 'MapboxMatrix.builder', 'MapboxOptimization.builder'], { imports: ['com.mapbox.api'] }),
  vendor('Cloudinary', ['new Cloudinary'], { imports: ['com.cloudinary'] }),
  vendor('Firebase Cloud Messaging', ['FirebaseMessaging.getInstance'], { imports: ['com.google.firebase.messaging'] }),
  vendor('Apple Push Notification service', ['new ApnsClientBuilder'], { imports: ['com.eatthepath.pushy.apns'] }),
  vendor('Pusher', ['new Pusher'], { imports: ['com.pusher.rest'] }),
  vendor('Zendesk', ['new Zendesk.Builder'], { imports: ['org.zendesk.client'] }),
  vendor('Jira', ['new AsynchronousJiraRestClientFactory'], { imports: ['com.atlassian.jira.rest.client'] }),
  vendor('Cohere', ['Cohere.builder'], { imports: ['com.cohere.api'] }),
  vendor('Mistral AI', ['new MistralAiApi', 'new MistralAiChatModel', 'MistralAiChatModel.builder'], { imports: ['org.springframework.ai.mistralai'] }),
  vendor('Gemini', ['new Client', 'Client.builder'], { imports: ['com.google.genai'] }),
  vendor('Pinecone', ['new Pinecone.Builder'], { imports: ['io.pinecone'] }),
  vendor('Amazon SES', ['SesClient.builder', 'SesClient.create', 'SesV2Client.builder', 'SesV2Client.create', 'SesAsyncClient.builder', 'SesV2AsyncClient.builder'], { imports: ['software.amazon.awssdk.services.ses', 'software.amazon.awssdk.services.sesv2'] }),
  vendor('Amazon SES', ['AmazonSimpleEmailServiceClientBuilder.standard', 'AmazonSimpleEmailServiceClientBuilder.defaultClient'], { imports: ['com.amazonaws.services.simpleemail'] }),
];

/**
 * golang.org/x/oauth2's `Config{Endpoint: github.Endpoint}` (or an `oauth2.Endpoint{TokenURL: …}`),
 * and clientcredentials' `Config{TokenURL: …}`: the service exchanges codes and tokens with that
 * identity provider (core/discovery/identity-providers.ts); an endpoint it cannot name is no edge.
 */
function oauth2Provider(field: string): NonNullable<Signature['refine']> {
  return (site, tools) => {
    const node = tools.node(site, field);
    const provider = node === undefined ? undefined : oauth2EndpointProvider(field === 'Endpoint' ? tools.text(node) : `TokenURL:${tools.text(node)}`);
    return provider === undefined ? false : { technology: provider };
  };
}

/** Go (modules, by import path prefix). */
export const GO_VENDORS: readonly Signature[] = [
  vendor('Adyen', ['adyen.NewClient'], { imports: ['github.com/adyen/adyen-go-api-library'] }),
  vendor('Square', ['client.NewClient', 'squareclient.NewClient'], { imports: ['github.com/square/square-go-sdk'] }),
  vendor('Razorpay', ['razorpay.NewClient'], { imports: ['github.com/razorpay/razorpay-go'] }),
  vendor('Alipay', ['alipay.New'], { imports: ['github.com/smartwalle/alipay'] }),
  vendor('WeChat Pay', ['core.NewClient'], { imports: ['github.com/wechatpay-apiv3/wechatpay-go'] }),
  vendor('Resend', ['resend.NewClient', 'resend.NewCustomClient'], { imports: ['github.com/resend/resend-go'] }),
  vendor('Brevo', ['brevo.NewAPIClient', 'lib.NewAPIClient'], { imports: ['github.com/getbrevo/brevo-go'] }),
  vendor('Mailjet', ['mailjet.NewMailjetClient'], { imports: ['github.com/mailjet/mailjet-apiv3-go'] }),
  vendor('Vonage', ['vonage.NewSMSClient', 'vonage.NewVerifyClient', 'vonage.NewVoiceClient', 'vonage.NewNumbersClient', 'vonage.NewNumberInsightClient'], { imports: ['github.com/vonage/vonage-go-sdk'] }),
  vendor('Algolia', ['search.NewClient', 'search.NewClientWithConfig'], { imports: ['github.com/algolia/algoliasearch-client-go'] }),
  vendor('GitHub', ['github.NewClient', 'github.NewTokenClient', 'github.NewEnterpriseClient'], { imports: ['github.com/google/go-github'] }),
  vendor('GitLab', ['gitlab.NewClient', 'gitlab.NewOAuthClient', 'gitlab.NewJobClient'], { imports: ['gitlab.com/gitlab-org/api/client-go', 'github.com/xanzy/go-gitlab'] }),
  vendor('Google Maps', ['maps.NewClient'], { imports: ['googlemaps.github.io/maps'] }),
  vendor('Cloudinary', ['cloudinary.New', 'cloudinary.NewFromURL', 'cloudinary.NewFromParams', 'cloudinary.NewFromConfiguration'], { imports: ['github.com/cloudinary/cloudinary-go'] }),
  // firebase-admin-go's `app.Messaging(ctx)` (Firestore is its own line).
  vendor('Firebase Cloud Messaging', ['*.Messaging'], { imports: ['firebase.google.com/go'] }),
  vendor('Apple Push Notification service', ['apns2.NewClient', 'apns2.NewTokenClient'], { imports: ['github.com/sideshow/apns2'] }),
  vendor('Pusher', ['literal pusher.Client', 'pusher.ClientFromURL', 'pusher.ClientFromEnv'], { imports: ['github.com/pusher/pusher-http-go'] }),
  vendor('Zendesk', ['zendesk.NewClient'], { imports: ['github.com/nukosuke/go-zendesk'] }),
  vendor('Jira', ['jira.NewClient'], { imports: ['github.com/andygrunwald/go-jira'] }),
  vendor('Cohere', ['client.NewClient', 'cohereclient.NewClient'], { imports: ['github.com/cohere-ai/cohere-go'] }),
  vendor('Gemini', ['genai.NewClient'], { imports: ['google.golang.org/genai', 'github.com/google/generative-ai-go'] }),
  vendor('Pinecone', ['pinecone.NewClient', 'pinecone.NewClientBase'], { imports: ['github.com/pinecone-io/go-pinecone'] }),
  vendor('OAuth 2.0', ['literal oauth2.Config'], { imports: ['golang.org/x/oauth2'], refine: oauth2Provider('Endpoint') }),
  vendor('OAuth 2.0', ['literal clientcredentials.Config'], { imports: ['golang.org/x/oauth2/clientcredentials'], refine: oauth2Provider('TokenURL') }),
  vendor('Amazon SES', ['ses.NewFromConfig', 'sesv2.NewFromConfig', 'ses.New', 'sesv2.New'], { imports: ['github.com/aws/aws-sdk-go-v2/service/ses', 'github.com/aws/aws-sdk-go/service/ses', 'github.com/aws/aws-sdk-go-v2/service/sesv2', 'github.com/aws/aws-sdk-go/service/sesv2'] }),
];

/** C# (NuGet packages, by namespace). */
export const CSHARP_VENDORS: readonly Signature[] = [
  vendor('Adyen', ['new Client', 'new PaymentsService', 'new Checkout'], { imports: ['Adyen'] }),
  vendor('Braintree', ['new BraintreeGateway'], { imports: ['Braintree'] }),
  vendor('Square', ['new SquareClient', 'new SquareClient.Builder'], { imports: ['Square'] }),
  vendor('Razorpay', ['new RazorpayClient'], { imports: ['Razorpay.Api'] }),
  vendor('Alipay', ['new DefaultAopClient'], { imports: ['Aop.Api'] }),
  vendor('Avalara AvaTax', ['new AvaTaxClient'], { imports: ['Avalara.AvaTax'] }),
  vendor('Postmark', ['new PostmarkClient', 'new PostmarkAdminClient'], { imports: ['PostmarkDotNet'] }),
  vendor('Resend', ['new ResendClient', 'ResendClient.Create', '*.AddResend'], { imports: ['Resend'] }),
  vendor('Brevo', ['new TransactionalEmailsApi', 'new ContactsApi'], { imports: ['brevo_csharp', 'sib_api_v3_sdk'] }),
  vendor('Mailjet', ['new MailjetClient'], { imports: ['Mailjet.Client'] }),
  vendor('SparkPost', ['new Client'], { imports: ['SparkPost'] }),
  vendor('Vonage', ['new VonageClient'], { imports: ['Vonage'] }),
  vendor('Algolia', ['new SearchClient'], { imports: ['Algolia.Search'] }),
  vendor('Contentful', ['new ContentfulClient', 'new ContentfulManagementClient', '*.AddContentful'], { imports: ['Contentful.Core', 'Contentful.AspNetCore'] }),
  vendor('GitHub', ['new GitHubClient'], { imports: ['Octokit'] }),
  vendor('Cloudinary', ['new Cloudinary'], { imports: ['CloudinaryDotNet'] }),
  vendor('Firebase Cloud Messaging', ['FirebaseMessaging.DefaultInstance.SendAsync', 'FirebaseMessaging.DefaultInstance.SendEachAsync', 'FirebaseMessaging.DefaultInstance.SendMulticastAsync', 'FirebaseMessaging.DefaultInstance.SendEachForMulticastAsync', 'FirebaseMessaging.GetMessaging'], { imports: ['FirebaseAdmin'] }),
  vendor('Pusher', ['new Pusher'], { imports: ['PusherServer'] }),
  vendor('Gemini', ['new Client'], { imports: ['Google.GenAI'] }),
  vendor('Pinecone', ['new PineconeClient'], { imports: ['Pinecone'] }),
  vendor('Amazon SES', ['new AmazonSimpleEmailServiceClient', 'new AmazonSimpleEmailServiceV2Client'], { imports: ['Amazon.SimpleEmail', 'Amazon.SimpleEmailV2'] }),
];

/** Trigger words (prefilter.ts name prefixes) of the SDKs above, per family: a file mentioning none of them is not parsed for them. */
export const VENDOR_TRIGGERS = {
  typescript: ['adyen', 'braintree', 'square', 'mollie', 'razorpay', 'alipay', 'avatax', 'postmark', 'resend', 'brevo', 'getbrevo', 'sib-api', 'mailchimp', 'mandrill', 'mailjet', 'sparkpost', 'vonage', 'nexmo', 'algolia', 'contentful', 'shopify', 'octokit', 'gitbeaker', 'huggingface', 'googlemaps', 'mapbox', 'cloudinary', 'firebase', 'apn', 'pusher', 'telegram', 'telegraf', 'zendesk', 'hubspot', 'jsforce', 'jira', 'cohere', 'mistralai', 'langchain', 'genai', 'generative', 'pinecone', 'aws-sdk', 'googleapis', 'microsoft-graph'],
  python: ['Adyen', 'braintree', 'square', 'mollie', 'razorpay', 'alipay', 'wechatpay', 'avalara', 'postmarker', 'resend', 'sib_api', 'brevo', 'mailchimp', 'mandrill', 'mailgun', 'mailjet', 'sparkpost', 'vonage', 'algoliasearch', 'contentful', 'shopify', 'github', 'gitlab', 'huggingface', 'googlemaps', 'cloudinary', 'firebase', 'aioapns', 'apns2', 'pusher', 'telegram', 'telebot', 'aiogram', 'zenpy', 'hubspot', 'simple_salesforce', 'jira', 'atlassian', 'cohere', 'mistralai', 'langchain', 'genai', 'generativeai', 'pinecone', 'boto', 'aioboto'],
  jvm: ['adyen', 'braintreegateway', 'squareup', 'razorpay', 'alipay', 'wechat', 'binarywang', 'chanjar', 'avalara', 'postmarkapp', 'resend', 'brevo', 'sendinblue', 'sibApi', 'mailgun', 'mailjet', 'sparkpost', 'vonage', 'algolia', 'contentful', 'kohsuke', 'gitlab4j', 'GeoApiContext', 'mapbox', 'cloudinary', 'firebase', 'pushy', 'pusher', 'zendesk', 'atlassian', 'cohere', 'mistralai', 'genai', 'pinecone', 'awssdk', 'amazonaws'],
  go: ['adyen', 'square', 'razorpay', 'alipay', 'wechatpay', 'resend', 'brevo', 'mailjet', 'vonage', 'algolia', 'go-github', 'gitlab', 'googlemaps', 'cloudinary', 'firebase', 'apns2', 'pusher', 'zendesk', 'go-jira', 'cohere', 'genai', 'generative-ai-go', 'pinecone', 'aws-sdk', 'oauth2'],
  csharp: ['Adyen', 'Braintree', 'Square', 'Razorpay', 'Aop', 'Avalara', 'PostmarkDotNet', 'Resend', 'brevo_csharp', 'sib_api_v3_sdk', 'Mailjet', 'SparkPost', 'Vonage', 'Algolia', 'Contentful', 'Octokit', 'CloudinaryDotNet', 'FirebaseAdmin', 'PusherServer', 'GenAI', 'Pinecone', 'SimpleEmail'],
} as const;
