const got = require('got');
const config = require('../../../shared/config');
const UpdateCheckService = require('./UpdateCheckService');

module.exports = {
    async scheduleRun() {
        const enabled = config.get('updateCheck:enabled') && !config.isPrivacyDisabled('useUpdateCheck');
        if (!enabled) {
            return;
        }
        const service = new UpdateCheckService({
            config: {
                enabled,
                updateCheckUrl: config.get('updateCheck:url'),
                checkEndpoint: 'v1/check',
                siteUrl: config.get('url'),
                env: config.get('env'),
                databaseType: config.get('database:client')
            },
            request: got
        });
        setInterval(() => service.check(), 24 * 60 * 60 * 1000).unref();
    }
};
