/** @type {import('next').NextConfig} */
// Rewrites are only used by `npm run dev`; in the cluster the static export is served by frontend-go.
const nextConfig = {
  output: 'export',
  async rewrites() {
    return process.env.NODE_ENV === 'development'
      ? [{ source: '/api/:path*', destination: 'http://localhost:8080/api/:path*' }]
      : []
  },
}
module.exports = nextConfig
