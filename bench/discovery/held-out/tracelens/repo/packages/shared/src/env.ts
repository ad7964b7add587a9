import { z } from "zod";

// Env shared by web and worker. Each app extends this with its own schema
// (web/src/env.mjs, worker/src/env.ts); both read the same process.env.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  SALT: z.string().optional(),
  ENCRYPTION_KEY: z.string().length(64).optional(),

  REDIS_HOST: z.string().nullish(),
  REDIS_PORT: z.coerce.number().default(6379).nullable(),
  REDIS_AUTH: z.string().nullish(),
  REDIS_CONNECTION_STRING: z.string().nullish(),
  REDIS_TLS_ENABLED: z.enum(["true", "false"]).default("false"),
  REDIS_CLUSTER_ENABLED: z.enum(["true", "false"]).default("false"),
  REDIS_CLUSTER_NODES: z.string().optional(),
  REDIS_KEY_PREFIX: z.string().optional(),

  CLICKHOUSE_URL: z.string().url(),
  CLICKHOUSE_USER: z.string(),
  CLICKHOUSE_PASSWORD: z.string(),
  CLICKHOUSE_DB: z.string().default("default"),
  CLICKHOUSE_CLUSTER_ENABLED: z.enum(["true", "false"]).default("true"),
  CLICKHOUSE_KEEP_ALIVE_IDLE_SOCKET_TTL: z.coerce.number().int().default(9000),

  TRACELENS_S3_EVENT_UPLOAD_BUCKET: z.string({ required_error: "Tracelens requires a bucket name for S3 Event Uploads." }),
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

  SMTP_CONNECTION_URL: z.string().optional(),
  EMAIL_FROM_ADDRESS: z.string().optional(),
  NEXTAUTH_URL: z.string().url().optional(),

  TRACELENS_LLM_DEFAULT_OPENAI_BASE_URL: z.string().url().optional(),
  TRACELENS_LLM_REQUEST_TIMEOUT_MS: z.coerce.number().default(120_000),
});

export const env =
  process.env.DOCKER_BUILD === "1"
    ? (process.env as unknown as z.infer<typeof EnvSchema>)
    : EnvSchema.parse(process.env);
