// @ts-check
const { withSentryConfig } = require('@sentry/nextjs')

const API_URL = process.env.NEXT_PUBLIC_API_URL

/** @type {import('next').NextConfig} */
const nextConfig = {
  basePath: process.env.NEXT_PUBLIC_BASE_PATH,
  output: 'standalone',
  reactStrictMode: true,
  async redirects() {
    return [
      { source: '/', destination: '/project/default', permanent: false },
      { source: '/register', destination: '/sign-up', permanent: true },
    ]
  },
  async headers() {
    return [
      {
        source: '/(.*?)',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ]
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'avatars.githubusercontent.com' }],
  },
  env: {
    // Browser-side base URL used by the dashboard UI for data fetching
    NEXT_PUBLIC_API_URL: API_URL ?? '/api',
  },
}

// Sentry only reports when NEXT_PUBLIC_SENTRY_DSN is set (hosted platform); self-hosted builds leave it empty.
module.exports =
  process.env.NEXT_PUBLIC_SENTRY_DSN !== undefined
    ? withSentryConfig(nextConfig, { silent: true, org: 'basekit', project: 'studio', hideSourceMaps: true })
    : nextConfig
