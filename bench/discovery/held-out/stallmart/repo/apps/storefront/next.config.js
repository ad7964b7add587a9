const checkEnvVariables = require("./check-env-variables")

checkEnvVariables()

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: "standalone",
  eslint: { ignoreDuringBuilds: true },
  images: {
    // product images are served straight from the media bucket to the browser
    unoptimized: true,
    remotePatterns: [
      { protocol: "https", hostname: "stallmart-media.s3.eu-central-1.amazonaws.com" },
      { protocol: "http", hostname: "localhost" },
    ],
  },
}

module.exports = nextConfig
