const assert = require('assert/strict');
const nock = require('nock');
const sinon = require('sinon');
const MailgunClient = require('../../core/server/services/email-service/MailgunClient');

describe('MailgunClient', function () {
    let config, settings;

    beforeEach(function () {
        config = {get: sinon.stub()};
        settings = {get: sinon.stub()};
        config.get.withArgs('bulkEmail').returns({
            mailgun: {apiKey: 'apiKey', domain: 'example.com', baseUrl: 'https://api.mailgun.net/v3'}
        });
    });

    afterEach(function () {
        nock.cleanAll();
        sinon.restore();
    });

    it('sends a batch', async function () {
        const sendMock = nock('https://api.mailgun.net')
            .post('/v3/example.com/messages')
            .reply(200, {id: 'message-id', message: 'Queued'});

        const client = new MailgunClient({config, settings});
        const res = await client.send({subject: 's', html: '<p>x</p>', plaintext: 'x', from: 'a@b.c'}, {'m@x.com': {}}, []);
        assert.equal(res.id, 'message-id');
        assert.ok(sendMock.isDone());
    });

    it('returns null when not configured', async function () {
        config.get.withArgs('bulkEmail').returns({});
        const client = new MailgunClient({config, settings});
        assert.equal(await client.send({}, {}, []), null);
    });
});
