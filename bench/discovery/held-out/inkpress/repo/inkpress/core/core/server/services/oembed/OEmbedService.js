const {extract, hasProvider} = require('oembed-parser');
const cheerio = require('cheerio');
const got = require('got');

/**
 * Resolves oEmbed / bookmark cards for URLs pasted into the editor. The URL is whatever the
 * author pasted, so requests go to arbitrary hosts (guarded by the SSRF filter in externalRequest).
 */
class OEmbedService {
    constructor({externalRequest}) {
        this.externalRequest = externalRequest || got;
    }

    async fetchPage(url) {
        return this.externalRequest(url, {
            headers: {'User-Agent': 'Mozilla/5.0 (compatible; Inkpress/6.0; +https://inkpress.org/)'},
            timeout: {request: 10000},
            followRedirect: true
        });
    }

    async fetchOembedData(url) {
        if (hasProvider(url)) {
            return extract(url);
        }
        const response = await this.fetchPage(url);
        const $ = cheerio.load(response.body);
        const oembedUrl = $('link[type="application/json+oembed"]').attr('href');
        if (oembedUrl) {
            return (await this.externalRequest(oembedUrl).json());
        }
        return {type: 'bookmark', url, metadata: {title: $('title').text()}};
    }
}

module.exports = OEmbedService;
