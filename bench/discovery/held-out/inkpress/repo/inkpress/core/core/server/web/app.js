const express = require('express');
const path = require('path');
const config = require('../../shared/config');
const adapterManager = require('../services/adapter-manager');
const wellKnown = require('./well-known');

module.exports = function setupParentApp() {
    const app = express();
    app.enable('trust proxy');

    app.get('/inkpress/api/admin/site/', (req, res) => res.json({site: {title: 'Inkpress', url: config.get('url')}}));
    app.use('/inkpress/api/admin', require('./api/admin'));
    app.use('/inkpress/api/content', require('./api/content'));
    app.use('/members/api', require('./members'));

    // The Ember admin SPA is prebuilt into core/built/admin and served as static files
    app.use('/inkpress', express.static(path.join(__dirname, '../../built/admin')));

    app.use('/inkpress/.well-known', wellKnown);

    const storage = adapterManager.getAdapter('storage');
    app.use('/content/images', storage.serve());

    app.use(require('../../frontend/web/site'));
    return app;
};
