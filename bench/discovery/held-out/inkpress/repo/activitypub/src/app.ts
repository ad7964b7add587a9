import './instrumentation.js';
import { serve } from '@hono/node-server';
import { createFederation, MemoryKvStore } from '@fedify/fedify';
import { Hono } from 'hono';
import { client as db } from './db.js';
import { InkpressService } from './inkpress/inkpress.service.js';
import { createRoleMiddleware } from './http/middleware/auth.js';
import { registerDispatchers, type ContextData } from './federation/dispatchers.js';
import { createQueue } from './queue/index.js';

const inkpress = new InkpressService();

const federation = createFederation<ContextData>({
    kv: new MemoryKvStore(),
    queue: createQueue(),
    allowPrivateAddress: process.env.ALLOW_PRIVATE_ADDRESS === 'true',
});
registerDispatchers(federation);

const app = new Hono<{ Variables: { account: string } }>();
const requireStaff = createRoleMiddleware(inkpress, ['Owner', 'Administrator', 'Editor']);

app.get('/ping', (ctx) => ctx.body(null, 200));

// Called by Inkpress core on boot (ActivityPubService.initialiseSite)
app.post('/.inkpress/activitypub/v1/site', requireStaff, async (ctx) => {
    const host = ctx.req.header('X-Forwarded-Host') ?? ctx.req.header('Host')!;
    let site = await db('sites').where({ host }).first();
    if (!site) {
        const settings = await inkpress.getSiteSettings(host);
        const webhookSecret = crypto.randomUUID().replace(/-/g, '');
        await db('sites').insert({ host, webhook_secret: webhookSecret, inkpress_uuid: settings.site_uuid ?? null });
        await db('accounts').insert({
            username: 'index',
            name: settings.title,
            bio: settings.description ?? null,
            avatar_url: settings.icon ?? null,
            banner_image_url: settings.cover_image ?? null,
            site_host: host,
        });
        site = await db('sites').where({ host }).first();
    }
    return ctx.json({ id: site.id, host: site.host, webhook_secret: site.webhook_secret });
});

// Webhooks fired by core's webhook service (target_url points back through Caddy)
app.post('/.inkpress/activitypub/v1/webhooks/post/published', async (ctx) => {
    const body = await ctx.req.json();
    await db('outbox').insert({ post_uuid: body.post.current.uuid, site_host: ctx.req.header('Host') });
    return ctx.body(null, 200);
});

app.post('/.inkpress/activitypub/v1/webhooks/site/changed', async (ctx) => {
    const host = ctx.req.header('Host')!;
    const settings = await inkpress.getSiteSettings(host);
    await db('accounts').where({ site_host: host, username: 'index' }).update({ name: settings.title, avatar_url: settings.icon ?? null });
    return ctx.body(null, 200);
});

app.get('/.inkpress/activitypub/v1/feed/reader', requireStaff, async (ctx) => {
    const rows = await db('inbox').where({ site_host: ctx.req.header('Host') }).orderBy('id', 'desc').limit(20);
    return ctx.json({ posts: rows });
});

app.use(async (ctx, next) => {
    return federation.fetch(ctx.req.raw, {
        contextData: { db, host: ctx.req.header('Host') ?? '' },
        onNotFound: () => next(),
    });
});

serve({ fetch: app.fetch, port: Number.parseInt(process.env.PORT || '8080') }, (info) => {
    console.log(`activitypub listening on ${info.port}`);
});
