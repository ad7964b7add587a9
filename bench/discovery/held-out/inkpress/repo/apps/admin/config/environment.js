/* eslint-env node */
'use strict';

module.exports = function (environment) {
    const ENV = {
        modulePrefix: 'inkpress-admin',
        environment,
        rootURL: '/',
        locationType: 'trailing-hash',
        EmberENV: {
            FEATURES: {},
            EXTEND_PROTOTYPES: {Date: false}
        },
        APP: {
            // the admin is served by core under /inkpress/ and calls the same-origin Admin API
            apiRoot: '/inkpress/api/admin'
        },
        'ember-simple-auth': {}
    };

    if (environment === 'development') {
        ENV.APP.LOG_TRANSITIONS = true;
    }

    if (environment === 'test') {
        ENV.locationType = 'none';
        ENV.APP.rootElement = '#ember-testing';
        ENV.APP.autoboot = false;
    }

    return ENV;
};
