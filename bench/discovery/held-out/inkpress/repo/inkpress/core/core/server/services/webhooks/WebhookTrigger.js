const debug = require('@tryghost/debug')('services:webhooks:trigger');
const logging = require('@tryghost/logging');
const crypto = require('crypto');

/**
 * Fires user-configured webhooks (Settings > Integrations > Custom). Target URLs come from the
 * `webhooks` table, so there is no fixed destination here.
 */
class WebhookTrigger {
    constructor({models, payload, limitService, request}) {
        this.models = models;
        this.payload = payload;
        this.limitService = limitService;
        this.request = request;
    }

    async getAll(event) {
        const {webhooks} = await this.models.Webhook.findAllByEvent(event, {context: {internal: true}});
        return webhooks;
    }

    onSuccess(webhook) {
        return () => webhook.edit({last_triggered_at: Date.now(), last_triggered_status: 200}, {context: {internal: true}});
    }

    async trigger(event, model) {
        const hooks = await this.getAll(event);
        debug(`${hooks.models.length} webhooks found for ${event}.`);

        for (const webhook of hooks.models) {
            const url = webhook.get('target_url');
            const secret = webhook.get('secret') || '';
            const body = JSON.stringify(await this.payload(webhook.get('event'), model));
            const ts = Date.now();
            const headers = {'Content-Type': 'application/json'};
            if (secret !== '') {
                headers['X-Inkpress-Signature'] = `sha256=${crypto.createHmac('sha256', secret).update(`${body}${ts}`).digest('hex')}, t=${ts}`;
            }
            logging.info(`Triggering webhook for "${webhook.get('event')}" with url "${url}"`);
            this.request(url, {body, headers, timeout: {request: 2000}, retry: {limit: 5}})
                .then(this.onSuccess(webhook))
                .catch(err => logging.error(`Webhook ${url} failed: ${err.message}`));
        }
    }
}

module.exports = WebhookTrigger;
