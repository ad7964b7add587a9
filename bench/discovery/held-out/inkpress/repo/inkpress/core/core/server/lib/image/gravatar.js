const crypto = require('crypto');
const config = require('../../../shared/config');

/**
 * Looks up a Gravatar for staff users / members. Skipped entirely when privacy.useGravatar=false,
 * which is what config.production.json ships with.
 */
class Gravatar {
    constructor({request}) {
        this.request = request;
    }

    url(email, options = {}) {
        if (config.isPrivacyDisabled('useGravatar')) {
            return null;
        }
        const hash = crypto.createHash('md5').update(email.toLowerCase().trim()).digest('hex');
        return `https://www.gravatar.com/avatar/${hash}?s=${options.size || 250}&r=${options.rating || 'x'}&d=${options.default || 'mp'}`;
    }

    async lookup(userData, timeout) {
        const gravatarUrl = this.url(userData.email, {default: 404});
        if (!gravatarUrl) {
            return;
        }
        try {
            await this.request(gravatarUrl, {timeout: {request: timeout || 2000}});
            return {image: gravatarUrl.replace('d=404', 'd=mp')};
        } catch (err) {
            if (err.statusCode === 404) {
                return {image: undefined};
            }
        }
    }
}

module.exports = Gravatar;
