require("dotenv").config({ path: "../../.env" });
require("dotenv").config({ path: "../../.env.appStore" });
const { withAxiom } = require("next-axiom");
const { i18n } = require("./next-i18next.config");

if (!process.env.NEXTAUTH_SECRET) throw new Error("Please set NEXTAUTH_SECRET");
if (!process.env.SLOTBOOK_ENCRYPTION_KEY) throw new Error("Please set SLOTBOOK_ENCRYPTION_KEY");
const isOrganizationsEnabled =
  process.env.ORGANIZATIONS_ENABLED === "1" || process.env.ORGANIZATIONS_ENABLED === "true";

// So we can test deploy previews preview
if (process.env.VERCEL_URL && !process.env.NEXT_PUBLIC_WEBAPP_URL) {
  process.env.NEXT_PUBLIC_WEBAPP_URL = "https://" + process.env.VERCEL_URL;
}
// Check for configuration of NEXTAUTH_URL before overriding
if (!process.env.NEXTAUTH_URL && process.env.NEXT_PUBLIC_WEBAPP_URL) {
  process.env.NEXTAUTH_URL = process.env.NEXT_PUBLIC_WEBAPP_URL + "/api/auth";
}
if (!process.env.NEXT_PUBLIC_WEBSITE_URL) {
  process.env.NEXT_PUBLIC_WEBSITE_URL = process.env.NEXT_PUBLIC_WEBAPP_URL;
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  i18n: {
    ...i18n,
    localeDetection: false,
  },
  productionBrowserSourceMaps: false,
  /* We already do type check on GH actions */
  typescript: {
    ignoreBuildErrors: !!process.env.CI,
  },
  /* We already do linting on GH actions */
  eslint: {
    ignoreDuringBuilds: !!process.env.CI,
  },
  output: process.env.BUILD_STANDALONE === "true" ? "standalone" : undefined,
  transpilePackages: [
    "@slotbook/app-store",
    "@slotbook/core",
    "@slotbook/emails",
    "@slotbook/features",
    "@slotbook/lib",
    "@slotbook/prisma",
    "@slotbook/trpc",
    "@slotbook/ui",
  ],
  experimental: {
    // externalize server-side node_modules with size > 1mb, to improve dev mode performance/RAM usage
    serverComponentsExternalPackages: ["next-i18next", "@prisma/client"],
  },
  images: {
    unoptimized: true,
  },
  async rewrites() {
    return [
      {
        source: "/:user/avatar.png",
        destination: "/api/user/avatar?username=:user",
      },
      {
        source: "/forms/:formQuery*",
        destination: "/apps/routing-forms/routing-link/:formQuery*",
      },
      {
        source: "/router",
        destination: "/apps/routing-forms/router",
      },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  async redirects() {
    return [
      { source: "/settings", destination: "/settings/my-account/profile", permanent: true },
      { source: "/bookings", destination: "/bookings/upcoming", permanent: true },
      { source: "/apps/installed", destination: "/apps/installed/calendar", permanent: true },
    ];
  },
  env: {
    IS_ORGANIZATIONS_ENABLED: isOrganizationsEnabled ? "1" : "0",
  },
};

module.exports = () => withAxiom(nextConfig);
