const _ = require('lodash');
const url = require('url');
const crypto = require('crypto');
const moment = require('moment');
const logging = require('@tryghost/logging');

/**
 * Sends anonymous usage data to updates.inkpress.org and receives notifications about new
 * releases. Disabled for self-hosted docker images (updateCheck.enabled=false / privacy.useUpdateCheck=false).
 */
class UpdateCheckService {
    constructor({api, config, request, sendEmail}) {
        this.api = api;
        this.config = config;
        this.request = request;
        this.sendEmail = sendEmail;
    }

    async updateCheckRequest() {
        const reqData = await this.updateCheckData();
        const reqObj = {
            timeout: {request: 1000},
            headers: {}
        };
        let checkEndpoint = this.config.checkEndpoint;
        let checkMethod = this.config.isPrivacyDisabled ? 'GET' : 'POST';

        if (checkMethod === 'POST') {
            reqObj.json = reqData;
        }
        const response = await this.request(`${this.config.updateCheckUrl}/${checkEndpoint}`, {...reqObj, method: checkMethod});
        return JSON.parse(response.body);
    }

    async updateCheckData() {
        return {
            inkpress_version: this.config.version,
            node_version: process.versions.node,
            env: this.config.env,
            database_type: this.config.databaseType,
            blog_id: crypto.createHash('md5').update(this.config.siteUrl).digest('hex')
        };
    }

    async check() {
        if (this.config.enabled === false) {
            logging.info('Update check is disabled');
            return;
        }
        const nextCheck = moment().add(24, 'hours');
        const response = await this.updateCheckRequest();
        logging.info(`Update check done, next at ${nextCheck.toISOString()}`, _.pick(response, ['notifications']));
    }
}

module.exports = UpdateCheckService;
