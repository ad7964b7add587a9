import type { Collection, Db } from 'mongodb'

export interface Account { uuid: string, email: string, hash?: string, first: string, last: string }
export interface Workspace {
  uuid: string
  url: string
  name: string
  dataId?: string
  region: string
  endpoint?: string
  mode: string
  processingProgress: number
  lastProcessingTime: number
  versionMajor: number
  versionMinor: number
  versionPatch: number
}

export class MongoAccountDB {
  account: Collection<Account>
  workspace: Collection<Workspace>
  invite: Collection<any>

  constructor (readonly db: Db) {
    this.account = db.collection('account')
    this.workspace = db.collection('workspace')
    this.invite = db.collection('invite')
  }

  async init (): Promise<void> {
    await this.account.createIndex({ email: 1 }, { unique: true })
    await this.workspace.createIndex({ url: 1 }, { unique: true })
    await this.workspace.createIndex({ mode: 1, region: 1 })
  }
}
