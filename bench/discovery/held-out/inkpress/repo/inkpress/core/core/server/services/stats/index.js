const config = require('../../../shared/config');
const settingsCache = require('../../../shared/settings-cache');
const TinybirdClient = require('./TinybirdClient');

class StatsServiceWrapper {
    async init() {
        if (this.tinybird) {
            return;
        }
        this.tinybird = new TinybirdClient({config, siteUuid: settingsCache.get('site_uuid')});
    }

    async getTopContent({dateFrom, dateTo, timezone}) {
        return this.tinybird.fetch('api_top_pages', {dateFrom, dateTo, timezone});
    }

    async getKpis(options) {
        return this.tinybird.fetch('api_kpis', options);
    }
}

module.exports = new StatsServiceWrapper();
