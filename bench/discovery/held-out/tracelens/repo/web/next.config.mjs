import { withSentryConfig } from "@sentry/nextjs";

// Validate env at build time unless SKIP_ENV_VALIDATION / DOCKER_BUILD is set.
await import("./src/env.mjs");

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "standalone",
  transpilePackages: ["@tracelens/shared"],
  experimental: {
    instrumentationHook: true,
    serverComponentsExternalPackages: ["@opentelemetry/sdk-node", "bullmq", "@clickhouse/client"],
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/api/public/:path*",
        headers: [{ key: "Access-Control-Allow-Origin", value: "*" }],
      },
    ];
  },
};

export default process.env.NEXT_PUBLIC_SENTRY_DSN
  ? withSentryConfig(nextConfig, { silent: true, hideSourceMaps: true })
  : nextConfig;
