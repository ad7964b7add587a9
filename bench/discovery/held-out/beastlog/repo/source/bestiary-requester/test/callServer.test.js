const assert = require('assert');
const nock = require('nock');
const http = require('http');

describe('requester http client', () => {
    before(() => nock.disableNetConnect());
    after(() => nock.enableNetConnect());

    it('sends a GET for a beast', (done) => {
        nock('http://fake-bestiary.test:4000').get('/unicorn').reply(200, [{ name: 'Onyx' }]);
        http.get('http://fake-bestiary.test:4000/unicorn', (res) => {
            assert.strictEqual(res.statusCode, 200);
            done();
        });
    });
});
