import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().default(3001),
  GRAPHDOCK_ENDPOINT: z.string().url().default('http://localhost:8080/v1/graphql'),
  GRAPHDOCK_ADMIN_SECRET: z.string(),
  ACTIONS_SHARED_SECRET: z.string(),
  STRIPE_SECRET_KEY: z.string(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.string().url().optional(),
  POSTMARK_SERVER_TOKEN: z.string().optional(),
  MAIL_TRANSPORT: z.enum(['postmark', 'smtp']).default('postmark'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('orders@latticeshop.example'),
});

export const config = schema.parse(process.env);
export type Config = typeof config;
