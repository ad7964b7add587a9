import {
    DefaultLogger,
    DefaultSchedulerPlugin,
    LogLevel,
    TilleryConfig,
} from '@tillery/core';
// import { DefaultJobQueuePlugin } from '@tillery/core';
import { AssetServerPlugin, configureS3AssetStorage } from '@tillery/asset-server-plugin';
import { AdminUiPlugin } from '@tillery/admin-ui-plugin';
import { defaultEmailHandlers, EmailPlugin, FileBasedTemplateLoader } from '@tillery/email-plugin';
import { BullMQJobQueuePlugin } from '@tillery/job-queue-plugin/package/bullmq';
import { ElasticsearchPlugin } from '@tillery/elasticsearch-plugin';
import { StripePlugin } from '@tillery/payments-plugin/package/stripe';
// import { MolliePlugin } from '@tillery/payments-plugin/package/mollie';
// import { RedisSessionCacheStrategy } from './plugins/session-cache/redis-session-cache-strategy';
import path from 'path';

import { env } from './environment';
import { ReviewsPlugin } from './plugins/reviews/reviews.plugin';
import { StorefrontRevalidatePlugin } from './plugins/storefront-revalidate/storefront-revalidate.plugin';

const IS_DEV = env.isDev;
const serverPort = env.port;

export const config: TilleryConfig = {
    apiOptions: {
        port: serverPort,
        adminApiPath: 'admin-api',
        shopApiPath: 'shop-api',
        trustProxy: IS_DEV ? false : 1,
        // The following options are useful in development mode,
        // but are best turned off for production for security reasons.
        ...(IS_DEV
            ? {
                  adminApiPlayground: { settings: { 'request.credentials': 'include' } },
                  adminApiDebug: true,
                  shopApiPlayground: { settings: { 'request.credentials': 'include' } },
                  shopApiDebug: true,
              }
            : {}),
    },
    authOptions: {
        tokenMethod: ['bearer', 'cookie'],
        superadminCredentials: {
            identifier: env.superadminUsername,
            password: env.superadminPassword,
        },
        cookieOptions: {
            secret: env.cookieSecret,
        },
        // sessionCacheStrategy: new RedisSessionCacheStrategy({
        //     namespace: 'tillery-session-cache',
        //     redisOptions: { host: env.redis.host, port: env.redis.port },
        // }),
    },
    dbConnectionOptions: {
        type: 'postgres',
        // See the README.md "Migrations" section for an explanation of
        // the `synchronize` and `migrations` options.
        synchronize: false,
        migrations: [path.join(__dirname, './migrations/*.+(js|ts)')],
        logging: false,
        database: env.db.name,
        schema: env.db.schema,
        host: env.db.host,
        port: env.db.port,
        username: env.db.username,
        password: env.db.password,
        ssl: env.db.ssl ? { rejectUnauthorized: false } : undefined,
    },
    paymentOptions: {
        paymentMethodHandlers: [],
    },
    logger: new DefaultLogger({ level: IS_DEV ? LogLevel.Debug : LogLevel.Info }),
    customFields: {},
    plugins: [
        AssetServerPlugin.init({
            route: 'assets',
            assetUploadDir: path.join(__dirname, '../static/assets'),
            assetUrlPrefix: env.assets.urlPrefix,
            storageStrategyFactory:
                env.assets.storage === 's3'
                    ? configureS3AssetStorage({
                          bucket: env.assets.s3.bucket,
                          credentials: {
                              accessKeyId: env.assets.s3.accessKeyId,
                              secretAccessKey: env.assets.s3.secretAccessKey,
                          },
                          nativeS3Configuration: {
                              endpoint: env.assets.s3.endpoint,
                              forcePathStyle: true,
                              signatureVersion: 'v4',
                              region: env.assets.s3.region,
                          },
                      })
                    : undefined, // falls back to LocalAssetStorageStrategy under assetUploadDir
        }),
        // DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
        BullMQJobQueuePlugin.init({
            connection: {
                host: env.redis.host,
                port: env.redis.port,
                password: env.redis.password,
                maxRetriesPerRequest: null,
            },
            queueOptions: {
                defaultJobOptions: { removeOnComplete: 500, removeOnFail: 1000 },
            },
            workerOptions: {
                concurrency: 5,
            },
        }),
        DefaultSchedulerPlugin.init(),
        ElasticsearchPlugin.init({
            host: env.elasticsearch.host,
            port: env.elasticsearch.port,
            indexPrefix: env.elasticsearch.indexPrefix,
            bufferUpdates: false,
            searchConfig: {
                facetValueMaxSize: 50,
                collectionMaxSize: 50,
                priceRangeBucketInterval: 5000,
            },
        }),
        EmailPlugin.init({
            ...(IS_DEV
                ? {
                      devMode: true,
                      outputPath: path.join(__dirname, '../static/email/test-emails'),
                      route: 'mailbox',
                  }
                : {
                      transport: {
                          type: 'smtp',
                          host: env.email.smtpHost,
                          port: env.email.smtpPort,
                          secure: env.email.smtpPort === 465,
                          auth: {
                              user: env.email.smtpUser,
                              pass: env.email.smtpPass,
                          },
                      },
                  }),
            handlers: defaultEmailHandlers,
            templateLoader: new FileBasedTemplateLoader(path.join(__dirname, '../static/email/templates')),
            globalTemplateVars: {
                fromAddress: env.email.fromAddress,
                verifyEmailAddressUrl: `${env.storefront.url}/account/verify`,
                passwordResetUrl: `${env.storefront.url}/account/reset-password`,
                changeEmailAddressUrl: `${env.storefront.url}/account/change-email-address`,
            },
        }),
        StripePlugin.init({
            // Stores the Stripe customer id on the Customer entity
            storeCustomersInStripe: true,
            paymentIntentCreateParams: (injector, ctx, order) => ({
                description: `Order #${order.code} for ${order.customer?.emailAddress}`,
            }),
        }),
        // MolliePlugin.init({ redirectUrl: `${env.storefront.url}/checkout/confirmation` }),
        ReviewsPlugin,
        StorefrontRevalidatePlugin.init({
            storefrontUrl: env.storefront.url,
            secret: env.storefront.revalidateSecret,
        }),
        ...(env.serveAdminUi
            ? [
                  AdminUiPlugin.init({
                      route: 'admin',
                      port: serverPort + 2,
                      adminUiConfig: {
                          apiPort: serverPort,
                      },
                  }),
              ]
            : []),
    ],
};
