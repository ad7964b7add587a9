/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  images: {
    domains: [process.env.NEXT_PUBLIC_SPREE_ALLOWED_IMAGE_DOMAIN || 'localhost'],
  },
  env: {
    NEXT_PUBLIC_ADS_ROUTE: process.env.NEXT_PUBLIC_ADS_ROUTE,
    NEXT_PUBLIC_DISCOUNTS_ROUTE: process.env.NEXT_PUBLIC_DISCOUNTS_ROUTE,
  },
}
