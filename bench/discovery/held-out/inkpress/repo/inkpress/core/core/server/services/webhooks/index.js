const got = require('got');
const events = require('../../lib/common/events');
const models = require('../../models');
const WebhookTrigger = require('./WebhookTrigger');
const payload = require('./payload');

const WEBHOOKS = ['site.changed', 'post.published', 'post.deleted', 'member.added', 'member.edited'];

module.exports = {
    async listen() {
        const trigger = new WebhookTrigger({models, payload, request: (url, opts) => got.post(url, opts)});
        WEBHOOKS.forEach((event) => {
            events.on(event, model => trigger.trigger(event, model));
        });
    }
};
