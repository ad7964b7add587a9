import { parseQueueConfig } from '..'

describe('queue config', () => {
  it('parses brokers and postfix', () => {
    const cfg = parseQueueConfig('localhost:19092,localhost:19093;-test', 'tx', '')
    expect(cfg.brokers).toEqual(['localhost:19092', 'localhost:19093'])
    expect(cfg.postfix).toEqual('-test')
  })

  it('works without postfix', () => {
    const cfg = parseQueueConfig('redpanda:9092', 'fulltext', 'europe')
    expect(cfg.postfix).toEqual('')
    expect(cfg.region).toEqual('europe')
  })
})
