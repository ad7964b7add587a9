import { z } from "zod";

const Env = z.object({
  PROCESSYARD_GATEWAY_ADDRESS: z.string().default("localhost:26500"),
  PROCESSYARD_OAUTH_URL: z.string().url().optional(),
  PROCESSYARD_CLIENT_ID: z.string().default("workers"),
  PROCESSYARD_CLIENT_SECRET: z.string().optional(),
  PROCESSYARD_TOKEN_AUDIENCE: z.string().default("engine-api"),
  PROCESSYARD_INSECURE: z.coerce.boolean().default(false),
  QUILLPAY_BASE_URL: z.string().url().default("https://api.quillpay.com"),
  QUILLPAY_API_KEY: z.string(),
  INVOICE_BUCKET: z.string(),
  AWS_REGION: z.string().default("eu-central-1"),
  METRICS_PORT: z.coerce.number().default(9464),
});

export type Config = z.infer<typeof Env>;

export const config: Config = Env.parse(process.env);
