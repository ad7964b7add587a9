const _ = require('lodash');
const debug = require('@tryghost/debug')('mailgun-client');
const logging = require('@tryghost/logging');
const metrics = require('@tryghost/metrics');
const errors = require('@tryghost/errors');

module.exports = class MailgunClient {
    #config;
    #settings;

    static BATCH_SIZE = 1000;
    static DEFAULT_TAGS = ['bulk-email'];

    constructor({config, settings}) {
        this.#config = config;
        this.#settings = settings;
    }

    /**
     * Resolves Mailgun credentials: config (bulkEmail__mailgun__*) wins over settings stored in DB.
     */
    #getConfig() {
        const bulkEmailConfig = this.#config.get('bulkEmail');
        const bulkEmailSetting = {
            apiKey: this.#settings.get('mailgun_api_key'),
            domain: this.#settings.get('mailgun_domain'),
            baseUrl: this.#settings.get('mailgun_base_url')
        };

        const hasMailgunConfig = !!(bulkEmailConfig?.mailgun?.apiKey);
        const hasMailgunSetting = !!(bulkEmailSetting && bulkEmailSetting.apiKey && bulkEmailSetting.baseUrl && bulkEmailSetting.domain);

        if (!hasMailgunConfig && !hasMailgunSetting) {
            logging.warn(`Bulk email has not been configured`);
            return null;
        }

        return hasMailgunConfig ? bulkEmailConfig.mailgun : bulkEmailSetting;
    }

    getInstance() {
        const mailgunConfig = this.#getConfig();
        if (!mailgunConfig) {
            return null;
        }

        const formData = require('form-data');
        const Mailgun = require('mailgun.js');
        const baseUrl = new URL(mailgunConfig.baseUrl);
        const mailgun = new Mailgun(formData);

        return mailgun.client({
            username: 'api',
            key: mailgunConfig.apiKey,
            url: baseUrl.origin,
            timeout: 60000
        });
    }

    async send(message, recipientData, replacements) {
        const mailgunInstance = this.getInstance();
        if (!mailgunInstance) {
            logging.warn(`Mailgun is not configured`);
            return null;
        }
        const mailgunConfig = this.#getConfig();
        const messageData = {
            to: Object.keys(recipientData),
            from: message.from,
            'h:Reply-To': message.replyTo || message.reply_to,
            subject: message.subject,
            html: message.html,
            text: message.plaintext,
            'recipient-variables': JSON.stringify(recipientData),
            'o:tag': MailgunClient.DEFAULT_TAGS,
            'o:tracking-opens': true
        };
        if (message.id) {
            messageData['v:email-id'] = message.id;
        }

        try {
            const startTime = Date.now();
            const response = await mailgunInstance.messages.create(mailgunConfig.domain, messageData);
            metrics.metric('mailgun-send-mail', {value: Date.now() - startTime, statusCode: 200});
            return {id: response.id};
        } catch (error) {
            throw new errors.EmailError({
                err: error,
                context: `Mailgun Error ${error.status}: ${error.details}`,
                code: 'BULK_EMAIL_SEND_FAILED'
            });
        }
    }

    async fetchEvents(mailgunOptions, batchHandler, {maxEvents = Infinity} = {}) {
        const mailgunInstance = this.getInstance();
        const mailgunConfig = this.#getConfig();
        debug(`fetchEvents: starting`);
        let page = await mailgunInstance.events.get(mailgunConfig.domain, mailgunOptions);
        let events = _.get(page, 'items', []);
        let eventCount = 0;
        while (events.length !== 0 && eventCount < maxEvents) {
            await batchHandler(events);
            eventCount += events.length;
            page = await mailgunInstance.events.get(mailgunConfig.domain, {page: page.pages.next.page});
            events = _.get(page, 'items', []);
        }
        return eventCount;
    }
};
