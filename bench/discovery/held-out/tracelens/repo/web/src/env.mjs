import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]),
    DATABASE_URL: z.string().url(),
    DIRECT_URL: z.string().url().optional(),
    NEXTAUTH_SECRET: process.env.NODE_ENV === "production" ? z.string().min(1) : z.string().min(1).optional(),
    NEXTAUTH_URL: z.preprocess((str) => process.env.VERCEL_URL ?? str, z.string().url()),
    SALT: z.string({ required_error: "A strong Salt is required to hash API keys" }),
    ENCRYPTION_KEY: z.string().length(64).optional(),

    // ClickHouse
    CLICKHOUSE_URL: z.string().url(),
    CLICKHOUSE_MIGRATION_URL: z.string().optional(),
    CLICKHOUSE_USER: z.string(),
    CLICKHOUSE_PASSWORD: z.string(),
    CLICKHOUSE_CLUSTER_ENABLED: z.enum(["true", "false"]).default("true"),

    // Redis (connection string wins over host/port)
    REDIS_CONNECTION_STRING: z.string().nullish(),
    REDIS_HOST: z.string().nullish(),
    REDIS_PORT: z.coerce.number().nullish(),
    REDIS_AUTH: z.string().nullish(),
    TRACELENS_CACHE_API_KEY_ENABLED: z.enum(["true", "false"]).default("true"),
    TRACELENS_CACHE_API_KEY_TTL_SECONDS: z.coerce.number().default(300),
    TRACELENS_RATE_LIMITS_ENABLED: z.enum(["true", "false"]).default("true"),

    // S3
    TRACELENS_S3_EVENT_UPLOAD_BUCKET: z.string(),
    TRACELENS_S3_EVENT_UPLOAD_PREFIX: z.string().default(""),
    TRACELENS_S3_EVENT_UPLOAD_REGION: z.string().optional(),
    TRACELENS_S3_EVENT_UPLOAD_ENDPOINT: z.string().optional(),
    TRACELENS_S3_EVENT_UPLOAD_ACCESS_KEY_ID: z.string().optional(),
    TRACELENS_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY: z.string().optional(),
    TRACELENS_S3_EVENT_UPLOAD_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
    TRACELENS_S3_MEDIA_UPLOAD_BUCKET: z.string().optional(),
    TRACELENS_S3_MEDIA_UPLOAD_PREFIX: z.string().default(""),
    TRACELENS_S3_MEDIA_UPLOAD_REGION: z.string().optional(),
    TRACELENS_S3_MEDIA_UPLOAD_ENDPOINT: z.string().optional(),
    TRACELENS_S3_MEDIA_UPLOAD_ACCESS_KEY_ID: z.string().optional(),
    TRACELENS_S3_MEDIA_UPLOAD_SECRET_ACCESS_KEY: z.string().optional(),
    TRACELENS_S3_MEDIA_UPLOAD_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
    TRACELENS_S3_MEDIA_MAX_CONTENT_LENGTH: z.coerce.number().default(1_000_000_000),
    TRACELENS_S3_BATCH_EXPORT_ENABLED: z.enum(["true", "false"]).default("false"),

    // Auth providers (enabled when client id + secret are set)
    AUTH_GOOGLE_CLIENT_ID: z.string().optional(),
    AUTH_GOOGLE_CLIENT_SECRET: z.string().optional(),
    AUTH_GOOGLE_ALLOW_ACCOUNT_LINKING: z.enum(["true", "false"]).default("false"),
    AUTH_GITHUB_CLIENT_ID: z.string().optional(),
    AUTH_GITHUB_CLIENT_SECRET: z.string().optional(),
    AUTH_DISABLE_USERNAME_PASSWORD: z.enum(["true", "false"]).default("false"),
    AUTH_SESSION_MAX_AGE: z.coerce.number().default(30 * 24 * 60),

    // Email
    SMTP_CONNECTION_URL: z.string().optional(),
    EMAIL_FROM_ADDRESS: z.string().optional(),

    // Headless init
    TRACELENS_INIT_ORG_ID: z.string().optional(),
    TRACELENS_INIT_PROJECT_ID: z.string().optional(),
    TRACELENS_INIT_USER_EMAIL: z.string().optional(),

    // Observability of tracelens itself
    TRACELENS_TELEMETRY_ENABLED: z.enum(["true", "false"]).default("true"),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().optional(),
    OTEL_SERVICE_NAME: z.string().default("tracelens-web"),
  },
  client: {
    NEXT_PUBLIC_TRACELENS_CLOUD_REGION: z.enum(["US", "EU", "STAGING", "DEV"]).optional(),
    NEXT_PUBLIC_SENTRY_DSN: z.string().optional(),
    NEXT_PUBLIC_BASE_PATH: z.string().optional(),
  },
  runtimeEnv: {
    ...process.env,
    NEXT_PUBLIC_TRACELENS_CLOUD_REGION: process.env.NEXT_PUBLIC_TRACELENS_CLOUD_REGION,
    NEXT_PUBLIC_SENTRY_DSN: process.env.NEXT_PUBLIC_SENTRY_DSN,
    NEXT_PUBLIC_BASE_PATH: process.env.NEXT_PUBLIC_BASE_PATH,
  },
  skipValidation: !!process.env.SKIP_ENV_VALIDATION || process.env.DOCKER_BUILD === "1",
  emptyStringAsUndefined: true,
});
