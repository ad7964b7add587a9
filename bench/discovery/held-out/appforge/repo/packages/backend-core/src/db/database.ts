import Nano from "nano"
import { getNano, getCouchInfo } from "./couch"
import { sqlSearch } from "./sqs"

export class DatabaseImpl {
  public readonly name: string
  private readonly nano: Nano.ServerScope

  constructor(dbName: string) {
    this.name = dbName
    this.nano = getNano()
  }

  private db(): Nano.DocumentScope<any> {
    return this.nano.use(this.name)
  }

  async checkSetup() {
    try {
      await this.nano.db.get(this.name)
    } catch (err: any) {
      if (err.statusCode === 404) {
        await this.nano.db.create(this.name)
      } else {
        throw err
      }
    }
    return this.db()
  }

  async get<T>(id: string): Promise<T> {
    const db = await this.checkSetup()
    return (await db.get(id)) as T
  }

  async put(document: any) {
    const db = await this.checkSetup()
    if (!document.createdAt) {
      document.createdAt = new Date().toISOString()
    }
    document.updatedAt = new Date().toISOString()
    return db.insert(document)
  }

  async bulkDocs(documents: any[]) {
    const db = await this.checkSetup()
    return db.bulk({ docs: documents })
  }

  async allDocs<T>(params: Nano.DocumentFetchParams & { keys?: string[] }) {
    const db = await this.checkSetup()
    return (await db.list(params as any)) as Nano.DocumentListResponse<T>
  }

  async query<T>(design: string, view: string, params: Nano.DocumentViewParams) {
    const db = await this.checkSetup()
    return (await db.view(design, view, params)) as Nano.DocumentViewResponse<T, any>
  }

  async remove(id: string, rev: string) {
    const db = await this.checkSetup()
    return db.destroy(id, rev)
  }

  async sql<T>(sql: string, parameters?: any[]): Promise<T[]> {
    return sqlSearch<T>(this.name, sql, parameters)
  }

  async destroy() {
    return this.nano.db.destroy(this.name)
  }

  getCouchInfo() {
    return getCouchInfo()
  }
}

export function getDB(dbName: string) {
  return new DatabaseImpl(dbName)
}
