import MeilisearchModuleService from "../service"
import { ProductDocument, SearchClient } from "../types"

class FakeMeiliClient implements SearchClient {
  docs = new Map<string, ProductDocument>()
  async upsert(_index: string, docs: ProductDocument[]) {
    docs.forEach((d) => this.docs.set(d.id, d))
  }
  async remove(_index: string, ids: string[]) {
    ids.forEach((id) => this.docs.delete(id))
  }
  async query(_index: string, q: string) {
    const hits = [...this.docs.values()].filter((d) => d.title.toLowerCase().includes(q.toLowerCase()))
    return { hits, total: hits.length }
  }
  async configure() {}
}

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any

describe("MeilisearchModuleService", () => {
  it("indexes only published products", async () => {
    const service = new MeilisearchModuleService({ logger }, {
      host: "http://meili.test:7700",
      productIndexName: "test_products",
    })
    const fake = new FakeMeiliClient()
    service.__setClient(fake)

    await service.indexProducts([
      { id: "p1", title: "Linen Shirt", handle: "linen-shirt", status: "published", variant_skus: [], category_handles: [] },
      { id: "p2", title: "Draft Hoodie", handle: "draft-hoodie", status: "draft", variant_skus: [], category_handles: [] },
    ])

    const res = await service.searchProducts("shirt")
    expect(res.total).toBe(1)
    expect(fake.docs.has("p2")).toBe(false)
  })
})
