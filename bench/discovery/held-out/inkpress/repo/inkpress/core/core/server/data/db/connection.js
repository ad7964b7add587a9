const knex = require('knex');
const os = require('os');
const _ = require('lodash');
const logging = require('@tryghost/logging');
const errors = require('@tryghost/errors');
const config = require('../../../shared/config');

let knexInstance;

// @TODO: move this into knex-migrator config
function configure(dbConfig) {
    const client = dbConfig.client;

    if (client === 'sqlite3') {
        dbConfig.useNullAsDefault = Object.prototype.hasOwnProperty.call(dbConfig, 'useNullAsDefault') ? dbConfig.useNullAsDefault : true;
    }

    if (client === 'mysql2' || client === 'mysql') {
        dbConfig.client = 'mysql2';
        dbConfig.connection.timezone = 'Z';
        dbConfig.connection.charset = 'utf8mb4';
        dbConfig.connection.decimalNumbers = true;

        if (process.env.REQUIRE_INFILE_STREAM) {
            dbConfig.connection.infileStreamFactory = path => require('fs').createReadStream(path);
        }

        dbConfig.connection.loggingHook = function loggingHook(err) {
            logging.error(new errors.InternalServerError({
                code: 'MYSQL_LOGGING_HOOK',
                err: err
            }));
        };
    }

    dbConfig.pool = _.defaults(dbConfig.pool || {}, {
        min: 1,
        max: Math.max(10, os.cpus().length * 2)
    });

    return dbConfig;
}

if (!knexInstance && config.get('database') && config.get('database').client) {
    knexInstance = knex(configure(_.cloneDeep(config.get('database'))));
}

module.exports = knexInstance;
