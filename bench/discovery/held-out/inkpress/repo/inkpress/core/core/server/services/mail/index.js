const InkpressMailer = require('./InkpressMailer');

let mailer;

module.exports = {
    async init() {
        mailer = new InkpressMailer();
    },
    get mailer() {
        return mailer;
    }
};
