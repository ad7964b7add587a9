import { encode } from 'jwt-simple'
import { getMethods } from '../operations'

describe('account operations', () => {
  const fakeDb: any = {
    account: { findOne: async () => ({ uuid: 'a1', email: 'user1@example.com' }) },
    workspace: { findOne: async () => ({ uuid: 'w1', url: 'ws1' }) },
    invite: { insertOne: async () => {} }
  }
  const methods = getMethods(fakeDb, { port: 0, dbUrl: '', serverSecret: 'secret', transactorUri: 'ws://localhost:3333', frontUrl: 'http://localhost:8080' })

  it('returns endpoint for workspace token', async () => {
    const token = encode({ account: 'a1', workspace: 'w1' }, 'secret')
    const res = await methods.getLoginInfoByToken(token, {})
    expect(res.result.endpoint).toEqual('ws://localhost:3333')
  })
})
