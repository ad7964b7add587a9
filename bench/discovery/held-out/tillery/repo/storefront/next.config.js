/** @type {import('next').NextConfig} */
const nextConfig = {
    output: 'standalone',
    images: {
        remotePatterns: [
            { protocol: 'http', hostname: 'localhost', port: '3000', pathname: '/assets/**' },
            { protocol: 'https', hostname: 'shop.tillery-shop.example', pathname: '/assets/**' },
        ],
    },
};

module.exports = nextConfig;
