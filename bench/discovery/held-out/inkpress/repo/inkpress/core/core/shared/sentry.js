const config = require('./config');
const logging = require('@tryghost/logging');

let Sentry;

module.exports = {
    init() {
        const sentryConfig = config.get('sentry') || {};
        if (sentryConfig.disabled || !sentryConfig.dsn) {
            return;
        }
        Sentry = require('@sentry/node');
        Sentry.init({
            dsn: sentryConfig.dsn,
            release: 'inkpress@' + require('../../package.json').version,
            environment: sentryConfig.environment || config.get('env'),
            maxValueLength: 1000,
            tracesSampleRate: sentryConfig.tracesSampleRate || 0
        });
        logging.info('Sentry error reporting enabled');
    },
    captureException(err) {
        if (Sentry) {
            Sentry.captureException(err);
        }
    }
};
