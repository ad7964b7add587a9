const {URL} = require('url');
const logging = require('@tryghost/logging');

/**
 * Keeps the ActivityPub service in sync with this site.
 *  - on boot: POST /.inkpress/activitypub/v1/site to register the site and get back the
 *    webhook secret the AP service will use
 *  - ensures the internal webhooks (post.published etc.) that notify the AP service exist
 */
class ActivityPubService {
    constructor({knex, siteUrl, apServiceUrl, logger, identityTokenService}) {
        this.knex = knex;
        this.siteUrl = siteUrl;
        this.apServiceUrl = apServiceUrl;
        this.logger = logger || logging;
        this.identityTokenService = identityTokenService;
    }

    get baseUrl() {
        // activitypub__url=http://activitypub:8080 in compose; otherwise same-origin through the proxy
        return this.apServiceUrl || new URL('.inkpress/activitypub/', this.siteUrl).href;
    }

    async #request(path, options = {}) {
        const token = await this.identityTokenService.getTokenForOwner();
        const url = new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
        const res = await fetch(url, {
            method: options.method || 'GET',
            headers: {
                Authorization: `Bearer ${token}`,
                'Content-Type': 'application/json',
                'X-Forwarded-Host': new URL(this.siteUrl).host
            },
            body: options.body ? JSON.stringify(options.body) : undefined,
            signal: AbortSignal.timeout(5000)
        });
        if (!res.ok) {
            throw new Error(`ActivityPub service responded ${res.status} for ${url.pathname}`);
        }
        return res.json();
    }

    async initialiseSite() {
        try {
            const site = await this.#request('.inkpress/activitypub/v1/site', {method: 'POST'});
            await this.initialiseWebhooks(site.webhook_secret);
        } catch (err) {
            this.logger.error(`Could not initialise ActivityPub: ${err.message}`);
        }
    }

    async disableSite() {
        return this.#request('.inkpress/activitypub/v1/site', {method: 'DELETE'});
    }

    async initialiseWebhooks(secret) {
        const integration = await this.knex.select('*').from('integrations').where('slug', 'inkpress-activitypub').first();
        if (!integration) {
            this.logger.error('No ActivityPub integration found - cannot initialise');
            return;
        }
        const events = ['post.published', 'post.deleted', 'site.changed'];
        for (const event of events) {
            const targetUrl = new URL(`.inkpress/activitypub/v1/webhooks/${event.replace('.', '/')}`, this.siteUrl).href;
            await this.knex('webhooks').insert({
                id: require('bson-objectid').default().toHexString(),
                event,
                target_url: targetUrl,
                secret,
                integration_id: integration.id,
                created_at: this.knex.raw('current_timestamp')
            }).onConflict(['event', 'integration_id']).merge();
        }
    }
}

module.exports = ActivityPubService;
