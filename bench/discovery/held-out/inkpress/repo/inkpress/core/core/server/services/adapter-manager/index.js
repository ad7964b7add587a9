const path = require('path');
const AdapterManager = require('@tryghost/adapter-manager');
const config = require('../../../shared/config');

const adapterManager = new AdapterManager({
    loadAdapterFromPath: require,
    pathsToAdapters: [
        '', // for npm installed adapters
        config.getContentPath('adapters'),
        path.join(__dirname, '../../adapters')
    ]
});

module.exports = {
    init() {
        adapterManager.registerAdapter('storage', require('@tryghost/storage-base'));
        adapterManager.registerAdapter('scheduling', require('../../adapters/scheduling/SchedulingBase'));
        adapterManager.registerAdapter('cache', require('@tryghost/adapter-base-cache'));
    },

    /**
     * @param {string} name e.g. 'storage', 'cache:imageSizes'
     */
    getAdapter(name) {
        const [adapterType, feature] = name.split(':');
        const adapterSettings = config.get('adapters') || {};
        let active = feature && adapterSettings[adapterType]?.[feature]?.adapter;
        if (!active) {
            active = adapterType === 'storage' ? config.get('storage:active') : adapterSettings[adapterType]?.active;
        }
        const adapterConfig = {
            ...(adapterType === 'storage' ? config.get(`storage:${active}`) : adapterSettings[adapterType]?.[active]),
            ...(feature ? adapterSettings[adapterType]?.[feature] : {})
        };
        return adapterManager.getAdapter(adapterType, active, adapterConfig);
    }
};
