const express = require('express');
const identityTokens = require('../services/identity-tokens');

const router = express.Router();

// Consumed by the ActivityPub service to verify identity tokens
router.get('/jwks.json', async (req, res, next) => {
    try {
        const jwks = await identityTokens.getPublicJWKS();
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.json(jwks);
    } catch (err) {
        next(err);
    }
});

module.exports = router;
