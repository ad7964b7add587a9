import fastify, { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import replyFrom from '@fastify/http-proxy';
import { processRequest, validateRequest } from './services/process-request';

export default function buildApp(): FastifyInstance {
    const app = fastify({
        logger: { level: process.env.LOG_LEVEL || 'info' },
        trustProxy: true,
    });

    app.register(cors, { origin: true, methods: ['POST', 'OPTIONS'] });

    app.get('/', async () => 'Hello World - inkpress traffic-analytics');

    // Page hits from the browser tracker -> enrich/sign -> Tinybird Events API
    app.register(replyFrom, {
        upstream: process.env.PROXY_TARGET || 'http://localhost:3000/local-proxy',
        prefix: '/api/v1/page_hit',
        rewritePrefix: '',
        httpMethods: ['POST'],
        preValidation: validateRequest,
        preHandler: processRequest,
        replyOptions: {
            // the tracker token can also arrive as ?token= from the browser script
            rewriteRequestHeaders: (_req, headers) => ({
                ...headers,
                authorization: `Bearer ${process.env.TINYBIRD_TRACKER_TOKEN ?? ''}`,
            }),
        },
    });

    // Dev-only sink used when PROXY_TARGET is not set
    if (process.env.NODE_ENV !== 'production') {
        app.post('/local-proxy*', async () => ({ successful_rows: 1, quarantined_rows: 0 }));
    }

    return app;
}
