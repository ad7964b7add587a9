import type { FastifyReply, FastifyRequest } from 'fastify';
import { UAParser } from 'ua-parser-js';
import { getUserSignature } from './user-signature';

type PageHitBody = {
    timestamp: string;
    action: string;
    version: string;
    session_id?: string;
    payload: Record<string, unknown> & { site_uuid: string };
};

export async function validateRequest(request: FastifyRequest, reply: FastifyReply) {
    const body = request.body as PageHitBody | undefined;
    if (!body?.payload?.site_uuid) {
        return reply.code(400).send({ error: 'site_uuid is required' });
    }
}

export async function processRequest(request: FastifyRequest) {
    const body = request.body as PageHitBody;
    const ua = new UAParser(request.headers['user-agent'] || '').getResult();

    body.session_id = await getUserSignature(
        body.payload.site_uuid,
        request.ip,
        request.headers['user-agent'] || '',
    );
    body.payload.os = ua.os.name?.toLowerCase() || 'unknown';
    body.payload.browser = ua.browser.name?.toLowerCase() || 'unknown';
    body.payload.device = ua.device.type || 'desktop';
    body.payload['user-agent'] = undefined;
}
