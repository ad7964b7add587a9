const nconf = require('nconf');
const path = require('path');
const _ = require('lodash');
const {URL} = require('url');

const env = process.env.NODE_ENV || 'development';

/**
 * Config layering, highest priority first:
 *   1. argv
 *   2. environment variables (foo__bar=1 -> {foo: {bar: 1}})
 *   3. config.<env>.json in the install dir (mounted by docker-compose)
 *   4. core/shared/config/env/config.<env>.json
 *   5. core/shared/config/defaults.json
 *   6. core/shared/config/overrides.json (always wins for internal paths)
 */
function loadNconf(options = {}) {
    const baseConfigPath = options.baseConfigPath || __dirname;
    const customConfigPath = options.customConfigPath || process.cwd();
    const config = new nconf.Provider();

    config.argv()
        .env({
            separator: '__',
            parseValues: true
        });

    config.file('custom-env', path.join(customConfigPath, `config.${env}.json`));
    config.file('default-env', path.join(baseConfigPath, 'env', `config.${env}.json`));
    config.file('defaults', path.join(baseConfigPath, 'defaults.json'));
    config.file('overrides', path.join(baseConfigPath, 'overrides.json'));

    // sqlite relative filename -> absolute
    if (config.get('database:client') === 'sqlite3') {
        const filename = config.get('database:connection:filename');
        if (filename && !path.isAbsolute(filename)) {
            config.set('database:connection:filename', path.join(baseConfigPath, '../../../', filename));
        }
    }

    config.set('env', env);
    config.getContentPath = type => path.join(config.get('paths:contentPath'), `${type}/`);
    config.isPrivacyDisabled = privacyFlag => config.get('privacy') && config.get('privacy:' + privacyFlag) === false;
    config.getSiteUrl = () => new URL(config.get('url')).toString();

    _.each(['url', 'admin:url'], (key) => {
        const value = config.get(key);
        if (value && !value.endsWith('/')) {
            config.set(key, value + '/');
        }
    });

    return config;
}

module.exports.loadNconf = loadNconf;
