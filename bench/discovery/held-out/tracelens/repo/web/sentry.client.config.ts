import * as Sentry from "@sentry/nextjs";

if (process.env.NEXT_PUBLIC_SENTRY_DSN) {
  Sentry.init({
    dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
    tracesSampleRate: 0.05,
    replaysOnErrorSampleRate: 1.0,
    environment: process.env.NEXT_PUBLIC_TRACELENS_CLOUD_REGION ?? "self-hosted",
  });
}
