const config = require('../../../shared/config');
const settingsCache = require('../../../shared/settings-cache');
const MailgunClient = require('./MailgunClient');

class EmailServiceWrapper {
    async init() {
        if (this.mailgunClient) {
            return;
        }
        this.mailgunClient = new MailgunClient({config, settings: settingsCache});
        // Sending is triggered from the posts API when a post is published with a newsletter
    }
}

module.exports = new EmailServiceWrapper();
