import 'dotenv/config';

/**
 * Centralised access to environment variables. Defaults are tuned for running
 * `npm run dev` against the services in docker-compose with ports published on localhost.
 */
export const env = {
    appEnv: process.env.APP_ENV ?? 'dev',
    get isDev() {
        return this.appEnv === 'dev';
    },
    port: +(process.env.PORT ?? 3000),
    cookieSecret: process.env.COOKIE_SECRET ?? 'cookie-secret',
    superadminUsername: process.env.SUPERADMIN_USERNAME ?? 'superadmin',
    superadminPassword: process.env.SUPERADMIN_PASSWORD ?? 'superadmin',
    serveAdminUi: process.env.SERVE_ADMIN_UI === 'true',

    db: {
        name: process.env.DB_NAME ?? 'tillery',
        host: process.env.DB_HOST ?? 'localhost',
        port: +(process.env.DB_PORT ?? 5432),
        username: process.env.DB_USERNAME ?? 'tillery',
        password: process.env.DB_PASSWORD ?? 'tillery',
        schema: process.env.DB_SCHEMA ?? 'public',
        ssl: process.env.DB_SSL === 'true',
    },

    redis: {
        host: process.env.REDIS_HOST ?? '127.0.0.1',
        port: +(process.env.REDIS_PORT ?? 6379),
        password: process.env.REDIS_PASSWORD || undefined,
    },

    elasticsearch: {
        host: process.env.ELASTICSEARCH_HOST ?? 'http://localhost',
        port: +(process.env.ELASTICSEARCH_PORT ?? 9200),
        indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'tillery-',
    },

    assets: {
        storage: (process.env.ASSET_STORAGE ?? 'local') as 'local' | 's3',
        urlPrefix: process.env.ASSET_URL_PREFIX,
        s3: {
            bucket: process.env.S3_BUCKET ?? 'tillery-assets',
            endpoint: process.env.S3_ENDPOINT ?? 'http://localhost:9000',
            region: process.env.S3_REGION ?? 'us-east-1',
            accessKeyId: process.env.S3_ACCESS_KEY_ID ?? 'minioadmin',
            secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? 'minioadmin',
        },
    },

    email: {
        smtpHost: process.env.SMTP_HOST ?? 'localhost',
        smtpPort: +(process.env.SMTP_PORT ?? 1025),
        smtpUser: process.env.SMTP_USER ?? '',
        smtpPass: process.env.SMTP_PASS ?? '',
        fromAddress: process.env.EMAIL_FROM_ADDRESS ?? '"Tillery Shop" <noreply@shop.example.com>',
    },

    storefront: {
        url: process.env.STOREFRONT_URL ?? 'http://localhost:3001',
        revalidateSecret: process.env.STOREFRONT_REVALIDATE_SECRET ?? '',
    },

    stripe: {
        apiKey: process.env.STRIPE_API_KEY ?? '',
        webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
    },

    sentryDsn: process.env.SENTRY_DSN,
};
