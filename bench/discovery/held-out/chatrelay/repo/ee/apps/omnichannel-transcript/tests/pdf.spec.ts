import { expect } from 'chai';

import { renderTranscriptPdf } from '../src/pdf';

describe('transcript pdf', () => {
	it('renders a non-empty pdf', async () => {
		const buf = await renderTranscriptPdf({ _id: 'r1', v: { name: 'Ann' } }, [{ msg: 'hello', ts: new Date(0), u: { username: 'agent' } }]);
		expect(buf.subarray(0, 4).toString()).to.equal('%PDF');
	});
});
