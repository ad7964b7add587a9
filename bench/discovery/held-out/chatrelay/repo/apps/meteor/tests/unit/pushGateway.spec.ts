import { expect } from 'chai';
import nock from 'nock';

process.env.OVERWRITE_SETTING_Push_enable = 'true';
process.env.OVERWRITE_SETTING_Push_enable_gateway = 'true';
process.env.OVERWRITE_SETTING_Push_gateway = 'https://gateway.test.local';

import { sendToGateway } from '../../server/lib/push/PushGateway';

describe('PushGateway', () => {
	it('posts gcm notifications to the gateway', async () => {
		const scope = nock('https://gateway.test.local').post('/push/gcm/send').reply(200, {});
		await sendToGateway({ token: { gcm: 'abc' }, title: 't', text: 'x', payload: {} }, 'ws-token');
		expect(scope.isDone()).to.equal(true);
	});
});
