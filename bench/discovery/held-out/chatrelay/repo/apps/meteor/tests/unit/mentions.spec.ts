import { expect } from 'chai';

import { parseMentions } from '../../server/lib/utils/mentions';
import { slugify } from '../../server/lib/utils/slugify';

describe('mentions', () => {
	it('extracts unique usernames', () => {
		expect(parseMentions('hi @alice and @bob, @alice')).to.deep.equal(['alice', 'bob']);
	});
	it('slugifies room names', () => {
		expect(slugify('  Général Chat!! ')).to.equal('general-chat');
	});
});
