import * as Joi from 'joi';

export const envValidationSchema = Joi.object({
  PANELSMITH_HOST: Joi.string().uri().required(),
  SECRET_KEY_BASE: Joi.string().min(64).required(),
  LOCKBOX_MASTER_KEY: Joi.string().length(64).required(),
  PG_HOST: Joi.string().when('DATABASE_URL', { is: Joi.exist(), then: Joi.optional(), otherwise: Joi.required() }),
  PG_DB: Joi.string().default('panelsmith_production'),
  PANELSMITH_DB_HOST: Joi.string().optional(),
  PANELSMITH_DB: Joi.string().default('panelsmith_db_production'),
  PGRST_HOST: Joi.string().required(),
  PGRST_JWT_SECRET: Joi.string().min(32).required(),
  REDIS_HOST: Joi.string().default('localhost'),
  REDIS_PORT: Joi.number().default(6379),
  PANELSMITH_WORKER: Joi.boolean().default(false),
  SMTP_DOMAIN: Joi.string().optional(),
  SMTP_PORT: Joi.number().default(587),
  CHECK_FOR_UPDATES: Joi.boolean().default(true),
  ENABLE_MARKETPLACE_FEATURE: Joi.boolean().default(false),
  ENABLE_COPILOT: Joi.boolean().default(false),
}).unknown(true);
