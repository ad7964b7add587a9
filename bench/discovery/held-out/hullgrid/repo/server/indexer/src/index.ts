import type { MeasureContext, Tx, WorkspaceIds } from '@hcengineering/core'
import type { ElasticAdapter, IndexedDoc } from '@hcengineering/elastic'
import type { StorageAdapter } from '@hcengineering/server-core'
import type { Db } from 'mongodb'
import { extractText } from './rekoni'

export interface IndexerOptions {
  rekoniUrl: string
  token: string
}

export class FullTextIndexer {
  constructor (
    readonly wsIds: WorkspaceIds,
    private readonly db: Db,
    private readonly fulltext: ElasticAdapter,
    private readonly storage: StorageAdapter,
    private readonly opt: IndexerOptions
  ) {}

  async processTxes (ctx: MeasureContext, txes: Tx[]): Promise<void> {
    const ids = Array.from(new Set(txes.map((tx) => tx.objectId)))
    const docs = await this.db.collection('task').find({ _id: { $in: ids as any[] } }).toArray()
    const indexed: IndexedDoc[] = []
    for (const doc of docs) {
      indexed.push(await this.toIndexedDoc(ctx, doc))
    }
    await this.fulltext.updateMany(indexed)
    await this.db.collection('doc_index_state').updateMany({ _id: { $in: ids as any[] } }, { $set: { needIndex: false } })
  }

  private async toIndexedDoc (ctx: MeasureContext, doc: any): Promise<IndexedDoc> {
    let summary = [doc.title, doc.description].filter(Boolean).join('\n')
    if (doc.file !== undefined) {
      const stat = await this.storage.stat(ctx, this.wsIds, doc.file)
      if (stat !== undefined && stat.size < 30 * 1024 * 1024) {
        const data = Buffer.concat(await this.storage.read(ctx, this.wsIds, doc.file))
        summary += '\n' + (await extractText(ctx, this.opt.rekoniUrl, this.opt.token, doc.name ?? doc.file, stat.contentType, data))
      }
    }
    return {
      id: doc._id,
      _class: [doc._class],
      space: doc.space,
      workspaceId: this.wsIds.uuid,
      fulltextSummary: summary
    }
  }

  async reindex (ctx: MeasureContext): Promise<void> {
    await this.db.collection('doc_index_state').updateMany({}, { $set: { needIndex: true } })
  }
}
