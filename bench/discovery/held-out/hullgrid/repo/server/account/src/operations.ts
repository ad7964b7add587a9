import { generateId } from '@hcengineering/core'
import { decode, encode } from 'jwt-simple'
import type { MongoAccountDB } from './collections'
import type { AccountServiceConfig } from '.'

type Method = (token: string | undefined, params: Record<string, any>) => Promise<any>

export function getMethods (db: MongoAccountDB, config: AccountServiceConfig): Record<string, Method> {
  const decodeToken = (token?: string): any => {
    if (token === undefined) throw new Error('Unauthorized')
    return decode(token, config.serverSecret)
  }
  const ok = (result: any): any => ({ result })

  return {
    login: async (_t, { email }) => {
      const acc = await db.account.findOne({ email })
      if (acc === null) return { error: { code: 'AccountNotFound' } }
      return ok({ account: acc.uuid, token: encode({ account: acc.uuid }, config.serverSecret) })
    },
    createWorkspace: async (token, { workspaceName }) => {
      const { account } = decodeToken(token)
      const uuid = generateId()
      await db.workspace.insertOne({
        uuid,
        url: workspaceName.toLowerCase().replace(/[^a-z0-9]/g, '-'),
        name: workspaceName,
        region: '',
        mode: 'pending-creation',
        processingProgress: 0,
        lastProcessingTime: Date.now(),
        versionMajor: 0,
        versionMinor: 6,
        versionPatch: 0
      })
      return ok({ workspace: uuid, account, token: encode({ account, workspace: uuid }, config.serverSecret) })
    },
    getLoginInfoByToken: async (token) => {
      const { account, workspace } = decodeToken(token)
      return ok({ account, token, endpoint: workspace !== undefined ? config.transactorUri : undefined })
    },
    selectWorkspace: async (token, { workspaceUrl }) => {
      const { account } = decodeToken(token)
      const ws = await db.workspace.findOne({ url: workspaceUrl })
      if (ws === null) return { error: { code: 'WorkspaceNotFound' } }
      return ok({ account, workspace: ws.uuid, endpoint: config.transactorUri, token: encode({ account, workspace: ws.uuid }, config.serverSecret) })
    },
    getWorkspaceInfo: async (token, { updateLastVisit }) => {
      const { workspace } = decodeToken(token)
      const ws = await db.workspace.findOne({ uuid: workspace })
      return ok(ws)
    },
    getPendingWorkspace: async (token, { region, operation }) => {
      decodeToken(token)
      const modes = operation === 'create' ? ['pending-creation'] : ['upgrading', 'pending-creation']
      const ws = await db.workspace.findOneAndUpdate(
        { mode: { $in: modes }, region, lastProcessingTime: { $lt: Date.now() - 10000 } },
        { $set: { lastProcessingTime: Date.now() } }
      )
      return ok(ws ?? undefined)
    },
    updateWorkspaceInfo: async (token, { wsUuid, event, progress }) => {
      decodeToken(token)
      const mode = event === 'create-done' ? 'active' : event === 'upgrade-done' ? 'active' : 'creating'
      await db.workspace.updateOne({ uuid: wsUuid }, { $set: { mode, processingProgress: progress } })
      return ok(undefined)
    },
    listWorkspaces: async (token, { region }) => {
      decodeToken(token)
      return ok(await db.workspace.find(region !== undefined ? { region } : {}).toArray())
    },
    getInviteLink: async (token, { exp }) => {
      const { workspace } = decodeToken(token)
      const id = generateId()
      await db.invite.insertOne({ _id: id, workspace, exp: Date.now() + (exp ?? 86400000) })
      return ok(`${config.frontUrl}/login/join?inviteId=${id}`)
    }
  }
}
