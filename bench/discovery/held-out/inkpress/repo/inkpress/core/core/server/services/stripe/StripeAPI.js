const {VersionMismatchError} = require('@tryghost/errors');
const debug = require('@tryghost/debug')('stripe');
const Stripe = require('stripe').Stripe;
const LeakyBucket = require('leaky-bucket');

/* Stripe has the following rate limits:
*  - For most APIs, 100 read requests per second in live mode, 25 read requests per second in test mode
*/
const EXPECTED_API_EFFICIENCY = 0.95;
const STRIPE_API_VERSION = '2020-08-27';

module.exports = class StripeAPI {
    constructor(deps = {}) {
        this._configured = false;
        this.labs = deps.labs;
    }

    get configured() {
        return this._configured;
    }

    configure(config) {
        if (!config) {
            this._stripe = null;
            this._configured = false;
            return;
        }
        this._stripe = new Stripe(config.secretKey, {
            apiVersion: STRIPE_API_VERSION
        });
        this._config = config;
        this._testMode = config.secretKey && config.secretKey.startsWith('sk_test_');
        this._rateLimitBucket = new LeakyBucket(EXPECTED_API_EFFICIENCY * (this._testMode ? 25 : 100), 1);
        this._configured = true;
    }

    async createCustomer(options = {}) {
        debug(`createCustomer(${options.email})`);
        await this._rateLimitBucket.throttle();
        return await this._stripe.customers.create(options);
    }

    async getSubscription(id, options = {}) {
        await this._rateLimitBucket.throttle();
        return await this._stripe.subscriptions.retrieve(id, options);
    }

    async createCheckoutSession(priceId, customer, options) {
        await this._rateLimitBucket.throttle();
        return await this._stripe.checkout.sessions.create({
            payment_method_types: ['card'],
            success_url: options.successUrl,
            cancel_url: options.cancelUrl,
            customer: customer ? customer.id : undefined,
            mode: 'subscription',
            line_items: [{price: priceId, quantity: 1}],
            subscription_data: {trial_period_days: options.trialDays, metadata: options.metadata}
        });
    }

    async createWebhookEndpoint(url, events) {
        debug(`createWebhook(${url})`);
        await this._rateLimitBucket.throttle();
        return await this._stripe.webhookEndpoints.create({
            url,
            enabled_events: events,
            api_version: STRIPE_API_VERSION
        });
    }

    parseWebhook(body, signature, secret) {
        try {
            return this._stripe.webhooks.constructEvent(body, signature, secret);
        } catch (err) {
            throw new VersionMismatchError({message: 'Stripe webhook signature invalid', err});
        }
    }
};
