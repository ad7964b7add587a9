const nodemailer = require('nodemailer');
const {URL} = require('url');
const errors = require('@tryghost/errors');
const logging = require('@tryghost/logging');
const config = require('../../../shared/config');
const settingsCache = require('../../../shared/settings-cache');

function getDomain() {
    const domain = config.get('url').match(new RegExp('^https?://([^/:?#]+)(?:[/:?#]|$)', 'i'));
    return domain && domain[1];
}

function getFromAddress(requestedFromAddress) {
    const configAddress = config.get('mail') && config.get('mail').from;
    const address = requestedFromAddress || configAddress;
    if (!address || address === '') {
        const defaultSiteTitle = settingsCache.get('title') ? settingsCache.get('title').replace(/"/g, '\\"') : 'Inkpress';
        return `"${defaultSiteTitle}" <noreply@${getDomain()}>`;
    }
    return address;
}

function createTransport() {
    const transport = config.get('mail') && config.get('mail').transport || 'direct';
    // nodemailer options, e.g. mail__options__host=email-smtp.eu-west-1.amazonaws.com
    const options = config.get('mail') && config.get('mail').options || {};

    switch (transport.toLowerCase()) {
    case 'smtp':
        return nodemailer.createTransport({
            host: options.host,
            port: options.port || 587,
            secure: Boolean(options.secure),
            service: options.service,
            auth: options.auth,
            pool: true
        });
    case 'stub':
        return nodemailer.createTransport({jsonTransport: true});
    default:
        // 'direct' delivers straight to the recipient MX - not recommended
        return nodemailer.createTransport({direct: true, name: getDomain()});
    }
}

module.exports = class InkpressMailer {
    constructor() {
        this.state = {};
        this.transport = createTransport();
        this.state.usingDirect = this.transport.transporter.name === 'SMTP (direct)';
    }

    async send(message) {
        if (!(message && message.subject && message.html && message.to)) {
            throw new errors.EmailError({message: 'Incomplete message data.'});
        }

        const from = getFromAddress(message.from);
        const messageToSend = Object.assign({}, message, {
            from,
            replyTo: message.replyTo,
            generateTextFromHTML: true,
            encoding: 'base64'
        });

        try {
            const response = await this.transport.sendMail(messageToSend);
            logging.info(`Mail sent to ${message.to} via ${this.transport.transporter.name}`);
            return response;
        } catch (err) {
            throw new errors.EmailError({err, message: `Failed to send email: ${err.message}`});
        }
    }
};
