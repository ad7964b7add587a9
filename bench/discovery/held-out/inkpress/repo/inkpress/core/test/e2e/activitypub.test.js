const assert = require('assert/strict');
const nock = require('nock');
const request = require('supertest');
const ActivityPubService = require('../../core/server/services/activitypub/ActivityPubService');

describe('ActivityPub integration', function () {
    let knexStub;

    beforeEach(function () {
        knexStub = Object.assign(() => ({insert: () => ({onConflict: () => ({merge: async () => {}})})}), {
            select: () => ({from: () => ({where: () => ({first: async () => ({id: 'integration-id'})})})}),
            raw: v => v
        });
    });

    it('registers the site with the AP service', async function () {
        const scope = nock('http://localhost:8080')
            .post('/.inkpress/activitypub/v1/site')
            .reply(200, {webhook_secret: 'shh'});

        const service = new ActivityPubService({
            knex: knexStub,
            siteUrl: 'http://localhost:2368/',
            apServiceUrl: 'http://localhost:8080',
            identityTokenService: {getTokenForOwner: async () => 'token'}
        });
        await service.initialiseSite();
        assert.ok(scope.isDone());
    });

    it('serves the JWKS', async function () {
        const app = require('../../core/server/web/app')();
        await request(app).get('/inkpress/.well-known/jwks.json').expect(200);
    });
});
