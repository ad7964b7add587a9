/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  output: 'standalone',
  // For `npm run dev` without nginx: forward /api to a locally running public-api.
  async rewrites() {
    if (process.env.NODE_ENV !== 'development') return [];
    return [{ source: '/api', destination: 'http://localhost:8080/api' }];
  },
};
