/**
 * Seeds a fresh database with channels, tax rates, shipping methods and a sample catalog.
 * Run from a developer machine against the local docker-compose Postgres:
 *
 *     DB_HOST=localhost npm run populate
 */
import { bootstrap, defaultConfig, JobQueueService, mergeConfig } from '@tillery/core';
import { populate } from '@tillery/core/cli';
import path from 'path';

import { config } from '../src/tillery-config';

const populateConfig = mergeConfig(config, {
    plugins: (config.plugins || []).filter(
        // Skip plugins that need external services not running on a laptop
        plugin => !['ElasticsearchPlugin', 'StripePlugin'].includes((plugin as any).name),
    ),
    dbConnectionOptions: {
        host: 'localhost',
        port: 5432,
        synchronize: true,
    },
});

populate(
    () =>
        bootstrap(populateConfig).then(async app => {
            await app.get(JobQueueService).start();
            return app;
        }),
    require(path.join(__dirname, '../test/fixtures/initial-data.json')),
    path.join(__dirname, '../test/fixtures/products.csv'),
)
    .then(app => app.close())
    .then(
        () => process.exit(0),
        err => {
            console.log(err);
            process.exit(1);
        },
    );
