const got = require('got');
const jwt = require('jsonwebtoken');
const logging = require('@tryghost/logging');

/**
 * Queries Tinybird pipes (api_top_pages, api_kpis, api_top_sources) for the dashboard.
 * Server-side: used by the stats endpoints of the Admin API and by the weekly digest email.
 */
class TinybirdClient {
    constructor({config, siteUuid}) {
        this.config = config;
        this.siteUuid = siteUuid;
    }

    get endpoint() {
        return this.config.get('tinybird:stats:endpoint');
    }

    buildRequest(pipeName, options = {}) {
        const statsConfig = this.config.get('tinybird:stats');
        const localEnabled = statsConfig?.local?.enabled;
        const baseUrl = localEnabled ? statsConfig.local.endpoint : this.endpoint;
        const token = localEnabled ? statsConfig.local.token : this.config.get('tinybird:adminToken');

        const searchParams = {
            site_uuid: statsConfig.id || this.siteUuid,
            date_from: options.dateFrom,
            date_to: options.dateTo,
            timezone: options.timezone || 'Etc/UTC'
        };
        if (options.memberStatus) {
            searchParams.member_status = options.memberStatus;
        }
        return {
            url: `${baseUrl}/v0/pipes/${pipeName}.json`,
            options: {
                searchParams,
                headers: {Authorization: `Bearer ${token}`},
                timeout: {request: 10000}
            }
        };
    }

    async fetch(pipeName, options = {}) {
        const {url, options: requestOptions} = this.buildRequest(pipeName, options);
        try {
            const response = await got(url, requestOptions).json();
            return response.data;
        } catch (error) {
            logging.error(`Tinybird request to ${pipeName} failed: ${error.message}`);
            return null;
        }
    }

    /**
     * Short-lived JWT that the admin SPA uses to query Tinybird directly from the browser.
     */
    getBrowserToken() {
        const workspaceId = this.config.get('tinybird:workspaceId');
        const adminToken = this.config.get('tinybird:adminToken');
        if (!workspaceId || !adminToken) {
            return null;
        }
        return jwt.sign({
            workspace_id: workspaceId,
            name: `inkpress-site-${this.siteUuid}`,
            scopes: [{type: 'PIPES:READ', resource: 'api_kpis', fixed_params: {site_uuid: this.siteUuid}}]
        }, adminToken, {expiresIn: '3h', noTimestamp: false});
    }
}

module.exports = TinybirdClient;
