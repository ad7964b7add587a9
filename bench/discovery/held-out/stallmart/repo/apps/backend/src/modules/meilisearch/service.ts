import { MedusaError } from "@medusajs/framework/utils"
import { Logger } from "@medusajs/framework/types"
import { MeiliSearchClient } from "./client"
import { MeilisearchOptions, ProductDocument, SearchClient } from "./types"

type InjectedDependencies = {
  logger: Logger
}

export default class MeilisearchModuleService {
  protected readonly logger_: Logger
  protected readonly options_: MeilisearchOptions
  protected client_: SearchClient

  constructor({ logger }: InjectedDependencies, options: MeilisearchOptions) {
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "meilisearch module requires a `host` option"
      )
    }
    this.logger_ = logger
    this.options_ = options
    this.client_ = new MeiliSearchClient(options)
  }

  /** test seam */
  __setClient(client: SearchClient) {
    this.client_ = client
  }

  get productIndex() {
    return this.options_.productIndexName
  }

  async indexProducts(products: ProductDocument[]) {
    const published = products.filter((p) => p.status === "published")
    const hidden = products.filter((p) => p.status !== "published").map((p) => p.id)
    await this.client_.upsert(this.productIndex, published)
    if (hidden.length) {
      await this.client_.remove(this.productIndex, hidden)
    }
    this.logger_.info(`meilisearch: indexed ${published.length} product(s)`)
  }

  async deleteProducts(ids: string[]) {
    await this.client_.remove(this.productIndex, ids)
  }

  async searchProducts(q: string, limit = 20, offset = 0) {
    return this.client_.query(this.productIndex, q, { limit, offset })
  }

  async ensureSettings() {
    await this.client_.configure(this.productIndex)
  }
}
