import { Client } from '@elastic/elasticsearch'

export interface IndexedDoc {
  id: string
  _class: string[]
  space: string
  workspaceId: string
  fulltextSummary: string
  [key: string]: any
}

export class ElasticAdapter {
  private readonly client: Client

  constructor (url: string, private readonly indexName: string) {
    this.client = new Client({ node: url })
  }

  async initMapping (): Promise<void> {
    const exists = await this.client.indices.exists({ index: this.indexName })
    if (!exists.body) {
      await this.client.indices.create({
        index: this.indexName,
        body: { settings: { analysis: { analyzer: { default: { type: 'standard' } } } } }
      })
    }
  }

  async searchString (workspaceId: string, query: string, limit: number): Promise<IndexedDoc[]> {
    const result = await this.client.search({
      index: this.indexName,
      body: {
        query: {
          bool: {
            must: [{ simple_query_string: { query, fields: ['fulltextSummary', 'searchTitle^50'] } }],
            filter: [{ term: { workspaceId } }]
          }
        },
        size: limit
      }
    })
    return result.body.hits.hits.map((hit: any) => ({ ...hit._source, _score: hit._score }))
  }

  async updateMany (docs: IndexedDoc[]): Promise<void> {
    const operations = docs.flatMap((doc) => [{ index: { _index: this.indexName, _id: doc.id } }, doc])
    await this.client.bulk({ refresh: 'true', body: operations })
  }

  async clean (workspaceId: string, ids: string[]): Promise<void> {
    await this.client.deleteByQuery({
      index: this.indexName,
      body: { query: { bool: { filter: [{ terms: { _id: ids } }, { term: { workspaceId } }] } } }
    })
  }

  async close (): Promise<void> {
    await this.client.close()
  }
}

export function createElasticAdapter (url: string, indexName: string): ElasticAdapter {
  return new ElasticAdapter(url, indexName)
}
