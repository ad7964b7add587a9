import fetch from "node-fetch"

export interface RestConfig {
  url: string
  defaultHeaders: Record<string, string>
  rejectUnauthorized?: boolean
}

export interface RestQuery {
  path: string
  method?: string
  queryString?: string
  headers?: Record<string, string>
  requestBody?: any
}

export class RestIntegration {
  private readonly config: RestConfig

  constructor(config: RestConfig) {
    this.config = config
  }

  getUrl(path: string, queryString = "") {
    const main = `${path}?${queryString}`
    let complete = main
    if (this.config.url && !main.startsWith("http")) {
      complete = !this.config.url ? main : `${this.config.url}/${main}`
    }
    if (!complete.startsWith("http")) {
      complete = `http://${complete}`
    }
    return complete
  }

  async read(query: RestQuery) {
    const response = await fetch(this.getUrl(query.path, query.queryString), {
      method: query.method || "GET",
      headers: { ...this.config.defaultHeaders, ...query.headers },
      body: query.requestBody ? JSON.stringify(query.requestBody) : undefined,
    })
    const contentType = response.headers.get("content-type") || ""
    return contentType.includes("json") ? response.json() : response.text()
  }
}
