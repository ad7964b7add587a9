const config = require('../../../shared/config');
const urlUtils = require('../../../shared/url-utils');
const {knex} = require('../../data/db');
const labs = require('../../../shared/labs');
const identityTokenService = require('../identity-tokens');
const ActivityPubService = require('./ActivityPubService');

module.exports = {
    async init() {
        if (!labs.isSet('ActivityPub')) {
            return;
        }
        this.service = new ActivityPubService({
            knex,
            siteUrl: urlUtils.getSiteUrl(),
            apServiceUrl: config.get('activitypub:url'),
            identityTokenService
        });
        await this.service.initialiseSite();
    }
};
