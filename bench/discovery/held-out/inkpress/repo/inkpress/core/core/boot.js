// The Inkpress boot sequence.
// 1. config (nconf) -> 2. database (knex) -> 3. express app -> 4. services
const debug = require('@tryghost/debug')('boot');
const logging = require('@tryghost/logging');

async function initCore({config}) {
    const sentry = require('./shared/sentry');
    sentry.init(config);

    const {knex} = require('./server/data/db');
    await knex.raw('SELECT 1');
    debug('db ready');
}

async function initServices({config}) {
    const adapterManager = require('./server/services/adapter-manager');
    adapterManager.init();

    const mail = require('./server/services/mail');
    const emailService = require('./server/services/email-service');
    const stripe = require('./server/services/stripe');
    const stats = require('./server/services/stats');
    const activitypub = require('./server/services/activitypub');
    const webhooks = require('./server/services/webhooks');
    const updateCheck = require('./server/services/update-check');

    await Promise.all([
        mail.init(),
        emailService.init(),
        stripe.init(),
        stats.init(),
        activitypub.init(),
        webhooks.listen(),
        updateCheck.scheduleRun()
    ]);
}

module.exports = async function bootInkpress({startTime}) {
    const config = require('./shared/config');
    await initCore({config});

    const app = require('./server/web/app')();
    await initServices({config});

    const port = config.get('server:port');
    const host = config.get('server:host');
    app.listen(port, host, () => {
        logging.info(`Inkpress booted in ${(Date.now() - startTime) / 1000}s on ${host}:${port}`);
    });
};
