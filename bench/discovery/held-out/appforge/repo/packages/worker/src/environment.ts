import { env as coreEnv } from "@appforge/backend-core"

const environment = {
  PORT: process.env.PORT || 4002,
  CLUSTER_PORT: process.env.CLUSTER_PORT,
  APPS_URL: process.env.APPS_URL,
  INTERNAL_API_KEY: process.env.INTERNAL_API_KEY,
  // SMTP fallback - used when no SMTP config doc exists in the global DB
  SMTP_FALLBACK_ENABLED: process.env.SMTP_FALLBACK_ENABLED === "true",
  SMTP_HOST: process.env.SMTP_HOST,
  SMTP_PORT: parseInt(process.env.SMTP_PORT || "587"),
  SMTP_USER: process.env.SMTP_USER,
  SMTP_PASSWORD: process.env.SMTP_PASSWORD,
  SMTP_FROM_ADDRESS: process.env.SMTP_FROM_ADDRESS,
  // OIDC SSO - enterprise feature, off unless explicitly enabled
  SSO_OIDC_ENABLED: process.env.SSO_OIDC_ENABLED === "true",
  PLATFORM_URL: process.env.PLATFORM_URL || coreEnv.PLATFORM_URL,
  isTest: coreEnv.isTest,
  isDev: coreEnv.isDev,
}

export default environment
