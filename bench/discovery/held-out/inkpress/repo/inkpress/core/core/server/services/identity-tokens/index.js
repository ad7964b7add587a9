const jose = require('node-jose');
const jwt = require('jsonwebtoken');
const settingsCache = require('../../../shared/settings-cache');
const urlUtils = require('../../../shared/url-utils');
const {knex} = require('../../data/db');

/**
 * Issues RS256 identity tokens for staff users. The ActivityPub service verifies them with the
 * public keys served at /inkpress/.well-known/jwks.json.
 */
let keyStore;

async function getKeyStore() {
    if (!keyStore) {
        keyStore = jose.JWK.createKeyStore();
        await keyStore.add(settingsCache.get('members_private_key'), 'pem');
    }
    return keyStore;
}

module.exports = {
    async getPublicJWKS() {
        const store = await getKeyStore();
        return store.toJSON();
    },

    async getTokenForUser(user) {
        const key = (await getKeyStore()).all()[0];
        return jwt.sign({sub: user.email, role: user.role}, key.toPEM(true), {
            algorithm: 'RS256',
            keyid: key.kid,
            issuer: urlUtils.urlFor('admin', true),
            audience: urlUtils.urlFor('admin', true),
            expiresIn: '5m'
        });
    },

    async getTokenForOwner() {
        const owner = await knex('users')
            .join('roles_users', 'users.id', 'roles_users.user_id')
            .join('roles', 'roles.id', 'roles_users.role_id')
            .where('roles.name', 'Owner')
            .first('users.email');
        return this.getTokenForUser({email: owner.email, role: 'Owner'});
    }
};
