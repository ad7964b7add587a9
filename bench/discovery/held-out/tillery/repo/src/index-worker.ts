import { bootstrapWorker } from '@tillery/core';
import * as Sentry from '@sentry/node';

import { config } from './tillery-config';
import { env } from './environment';

if (env.sentryDsn) {
    Sentry.init({ dsn: env.sentryDsn, environment: env.appEnv, serverName: 'worker' });
}

bootstrapWorker(config)
    .then(worker => worker.startJobQueue())
    .then(worker => worker.startHealthCheckServer({ port: 3020 }))
    .catch(err => {
        console.log(err);
        Sentry.captureException(err);
        process.exit(1);
    });
