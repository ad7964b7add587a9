import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  BUILD_ID: z.string().optional(),
  HOSTNAME: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().default(3030),
  DATABASE_URL: z.string(),
  ENCRYPTION_KEY: z.string().length(64).optional(),
  // Only used to render links in outgoing emails.
  NEXTAUTH_URL: z.string().url().optional(),

  CLICKHOUSE_URL: z.string().url(),
  CLICKHOUSE_USER: z.string(),
  CLICKHOUSE_PASSWORD: z.string(),

  REDIS_CONNECTION_STRING: z.string().nullish(),
  REDIS_HOST: z.string().nullish(),
  REDIS_PORT: z.coerce.number().nullish(),
  REDIS_AUTH: z.string().nullish(),

  TRACELENS_S3_EVENT_UPLOAD_BUCKET: z.string(),
  TRACELENS_S3_EVENT_UPLOAD_PREFIX: z.string().default(""),
  TRACELENS_S3_EVENT_UPLOAD_REGION: z.string().optional(),
  TRACELENS_S3_EVENT_UPLOAD_ENDPOINT: z.string().optional(),
  TRACELENS_S3_EVENT_UPLOAD_ACCESS_KEY_ID: z.string().optional(),
  TRACELENS_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY: z.string().optional(),
  TRACELENS_S3_EVENT_UPLOAD_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),

  TRACELENS_S3_BATCH_EXPORT_ENABLED: z.enum(["true", "false"]).default("false"),
  TRACELENS_S3_BATCH_EXPORT_BUCKET: z.string().optional(),
  TRACELENS_S3_BATCH_EXPORT_PREFIX: z.string().default(""),
  TRACELENS_S3_BATCH_EXPORT_REGION: z.string().optional(),
  TRACELENS_S3_BATCH_EXPORT_ENDPOINT: z.string().optional(),
  TRACELENS_S3_BATCH_EXPORT_ACCESS_KEY_ID: z.string().optional(),
  TRACELENS_S3_BATCH_EXPORT_SECRET_ACCESS_KEY: z.string().optional(),
  TRACELENS_S3_BATCH_EXPORT_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),

  QUEUE_CONSUMER_INGESTION_QUEUE_IS_ENABLED: z.enum(["true", "false"]).default("true"),
  QUEUE_CONSUMER_TRACE_UPSERT_QUEUE_IS_ENABLED: z.enum(["true", "false"]).default("true"),
  QUEUE_CONSUMER_EVAL_EXECUTION_QUEUE_IS_ENABLED: z.enum(["true", "false"]).default("true"),
  QUEUE_CONSUMER_BATCH_EXPORT_QUEUE_IS_ENABLED: z.enum(["true", "false"]).default("true"),
  QUEUE_CONSUMER_POSTHOG_INTEGRATION_QUEUE_IS_ENABLED: z.enum(["true", "false"]).default("false"),
  TRACELENS_INGESTION_QUEUE_PROCESSING_CONCURRENCY: z.coerce.number().positive().default(20),
  TRACELENS_EVAL_EXECUTION_WORKER_CONCURRENCY: z.coerce.number().positive().default(5),

  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().optional(),
  OTEL_SERVICE_NAME: z.string().default("tracelens-worker"),
});

export const env = EnvSchema.parse(process.env);
