import { bootstrap, runMigrations } from '@tillery/core';
import * as Sentry from '@sentry/node';

import { config } from './tillery-config';
import { env } from './environment';

if (env.sentryDsn) {
    Sentry.init({ dsn: env.sentryDsn, environment: env.appEnv, tracesSampleRate: 0.1 });
}

runMigrations(config)
    .then(() => bootstrap(config))
    .catch(err => {
        console.log(err);
        Sentry.captureException(err);
        process.exit(1);
    });
