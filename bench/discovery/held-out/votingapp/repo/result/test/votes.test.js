const { expect } = require('chai');
const { collectVotesFromResult } = require('../votes');

describe('collectVotesFromResult', () => {
  it('defaults both options to zero', () => {
    expect(collectVotesFromResult({ rows: [] })).to.deep.equal({ a: 0, b: 0 });
  });

  it('parses the counts pg returns as strings', () => {
    const rows = [{ vote: 'a', count: '12' }, { vote: 'b', count: '30' }];
    expect(collectVotesFromResult({ rows })).to.deep.equal({ a: 12, b: 30 });
  });

  it('ignores unknown options', () => {
    const rows = [{ vote: 'z', count: '5' }];
    expect(collectVotesFromResult({ rows })).to.deep.equal({ a: 0, b: 0 });
  });
});
