export type Environment = {
  NODE_ENV: "development" | "production";
  API_PORT: string;
  API_URL: string;
  DATABASE_READ_URL: string;
  DATABASE_WRITE_URL: string;
  NEXTAUTH_SECRET: string;
  JWT_SECRET: string;
  SLOTBOOK_LICENSE_KEY: string;
  API_KEY_PREFIX: string;
  LOG_LEVEL: "silly" | "trace" | "debug" | "info" | "warn" | "error" | "fatal";
  REDIS_URL: string;
  STRIPE_API_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  WEB_APP_URL: string;
  IS_E2E: boolean;
  REWRITE_API_V2_PREFIX: string;
};

export const getEnv = <K extends keyof Environment>(key: K, fallback?: Environment[K]): Environment[K] => {
  const value = process.env[key] as Environment[K] | undefined;

  if (typeof value === "undefined") {
    // handle fallback falsy cases that should still be used as value
    if (fallback === false || fallback === "" || fallback === 0) {
      return fallback;
    }
    if (fallback) {
      return fallback;
    }
    throw new Error(`Missing environment variable: ${key}.`);
  }

  return value;
};
