import type { Context, Next } from 'hono';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { InkpressService } from '../../inkpress/inkpress.service.js';

const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/**
 * Verifies the identity token issued by Inkpress core (RS256). Keys are fetched from the
 * site's /inkpress/.well-known/jwks.json and cached per host.
 */
export function createRoleMiddleware(inkpress: InkpressService, allowedRoles: string[]) {
    return async function requireRole(ctx: Context, next: Next) {
        const auth = ctx.req.header('Authorization');
        if (!auth?.startsWith('Bearer ')) {
            return ctx.json({ error: 'Unauthorized' }, 401);
        }
        const host = ctx.req.header('X-Forwarded-Host') ?? ctx.req.header('Host') ?? '';

        let jwks = jwksCache.get(host);
        if (!jwks) {
            jwks = createRemoteJWKSet(inkpress.jwksUrlFor(host), {
                cacheMaxAge: 5 * 60 * 1000,
                timeoutDuration: 2000,
            });
            jwksCache.set(host, jwks);
        }

        try {
            const { payload } = await jwtVerify(auth.slice(7), jwks);
            if (!allowedRoles.includes(String(payload.role))) {
                return ctx.json({ error: 'Forbidden' }, 403);
            }
            ctx.set('account', payload.sub);
        } catch {
            return ctx.json({ error: 'Unauthorized' }, 401);
        }
        return next();
    };
}
