const StripeAPI = require('./StripeAPI');
const settingsCache = require('../../../shared/settings-cache');
const urlUtils = require('../../../shared/url-utils');
const config = require('../../../shared/config');
const logging = require('@tryghost/logging');

const WEBHOOK_EVENTS = [
    'checkout.session.completed',
    'customer.subscription.deleted',
    'customer.subscription.updated',
    'customer.subscription.created',
    'invoice.payment_succeeded'
];

const api = new StripeAPI();

function getConfig() {
    const secretKey = settingsCache.get('stripe_connect_secret_key') || settingsCache.get('stripe_secret_key');
    const publicKey = settingsCache.get('stripe_connect_publishable_key') || settingsCache.get('stripe_publishable_key');
    if (!secretKey || !publicKey) {
        return null;
    }
    // Stripe calls us back here (inbound); the endpoint is registered through the API at boot
    const webhookHandlerUrl = new URL('members/webhooks/stripe/', urlUtils.getSiteUrl());
    return {secretKey, publicKey, webhookHandlerUrl: webhookHandlerUrl.href, enablePromoCodes: config.get('enableStripePromoCodes')};
}

module.exports = {
    api,
    async init() {
        const stripeConfig = getConfig();
        api.configure(stripeConfig);
        if (!stripeConfig || config.get('stripeDirect') === 'skip-webhooks') {
            return;
        }
        try {
            await api.createWebhookEndpoint(stripeConfig.webhookHandlerUrl, WEBHOOK_EVENTS);
        } catch (err) {
            logging.error(err);
        }
    }
};
