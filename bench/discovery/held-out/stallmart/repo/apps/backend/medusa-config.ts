import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"
import { readRedisSettings, workerMode } from "./src/lib/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redis = readRedisSettings()

const analyticsModules = process.env.POSTHOG_EVENTS_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/analytics",
        options: {
          providers: [
            {
              resolve: "@medusajs/analytics-posthog",
              id: "posthog",
              options: {
                posthogEventsKey: process.env.POSTHOG_EVENTS_API_KEY,
                posthogHost: process.env.POSTHOG_HOST,
              },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions:
      process.env.NODE_ENV === "production"
        ? { connection: { ssl: false } }
        : undefined,
    redisUrl: redis.sessionUrl,
    workerMode: workerMode(),
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    {
      resolve: "@medusajs/medusa/cache-redis",
      key: Modules.CACHE,
      options: {
        redisUrl: redis.cacheUrl,
        ttl: 30,
      },
    },
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      key: Modules.EVENT_BUS,
      options: {
        redisUrl: redis.eventsUrl,
        queueName: "stallmart:events",
      },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      key: Modules.WORKFLOW_ENGINE,
      options: {
        redis: {
          url: redis.workflowUrl,
        },
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      key: Modules.FILE,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            id: "s3",
            options: {
              file_url: process.env.S3_FILE_URL,
              access_key_id: process.env.S3_ACCESS_KEY_ID,
              secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
              region: process.env.S3_REGION,
              bucket: process.env.S3_BUCKET,
              endpoint: process.env.S3_ENDPOINT,
              additional_client_config: {
                forcePathStyle: false,
              },
            },
          },
          // Used before we moved media to S3 – keep for reference.
          // {
          //   resolve: "@medusajs/medusa/file-local",
          //   id: "local",
          //   options: {
          //     upload_dir: "static",
          //     backend_url: "http://localhost:9000/static",
          //   },
          // },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      key: Modules.PAYMENT,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: process.env.STRIPE_API_KEY,
              webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
              capture: false,
              automatic_payment_methods: true,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      key: Modules.NOTIFICATION,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-sendgrid",
            id: "sendgrid",
            options: {
              channels: ["email"],
              api_key: process.env.SENDGRID_API_KEY,
              from: process.env.SENDGRID_FROM,
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: {
              channels: ["feed"],
            },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/meilisearch",
      options: {
        host: process.env.MEILISEARCH_HOST,
        apiKey: process.env.MEILISEARCH_API_KEY,
        productIndexName: "stallmart_products",
      },
    },
    ...analyticsModules,
  ],
})
