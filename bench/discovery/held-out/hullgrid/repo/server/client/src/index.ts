import { getClient as getAccountClientRaw, type AccountClient } from '@hcengineering/account-client'
import WebSocket from 'ws'

let accountsUrl: string | undefined

export function setMetadata (url: string): void {
  accountsUrl = url
}

export function getAccountClient (token?: string): AccountClient {
  const url = accountsUrl ?? process.env.ACCOUNTS_URL
  if (url === undefined) {
    throw new Error('ACCOUNTS_URL is not configured')
  }
  return getAccountClientRaw(url, token)
}

/**
 * Resolve the transactor endpoint assigned to the token's workspace.
 */
export async function getTransactorEndpoint (token: string, kind: 'internal' | 'external' = 'internal'): Promise<string> {
  const info = await getAccountClient(token).getLoginInfoByToken()
  const endpoints = (info.endpoint ?? '').split(';')
  return kind === 'internal' ? endpoints[0] : endpoints[endpoints.length - 1]
}

export interface RpcClient {
  findAll: (cls: string, query: Record<string, any>) => Promise<any[]>
  updateDoc: (cls: string, space: string, id: string, ops: Record<string, any>) => Promise<void>
  close: () => Promise<void>
}

export async function createClient (endpoint: string, token: string): Promise<RpcClient> {
  const ws = new WebSocket(`${endpoint}/${token}`)
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject) })
  let reqId = 0
  const pending = new Map<number, (v: any) => void>()
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString())
    pending.get(msg.id)?.(msg.result)
    pending.delete(msg.id)
  })
  const call = async (method: string, params: any[]): Promise<any> => {
    const id = ++reqId
    ws.send(JSON.stringify({ id, method, params }))
    return await new Promise((resolve) => pending.set(id, resolve))
  }
  return {
    findAll: async (cls, query) => await call('findAll', [cls, query]),
    updateDoc: async (cls, space, id, ops) => { await call('tx', [{ _class: 'core:class:TxUpdateDoc', objectClass: cls, objectSpace: space, objectId: id, operations: ops }]) },
    close: async () => { ws.close() }
  }
}
