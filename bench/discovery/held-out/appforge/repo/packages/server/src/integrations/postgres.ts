import { Client, ClientConfig } from "pg"

export interface PostgresConfig {
  host: string
  port: number
  database: string
  user: string
  password: string
  schema: string
  ssl?: boolean
}

export class PostgresIntegration {
  private readonly config: PostgresConfig

  constructor(config: PostgresConfig) {
    this.config = config
  }

  private async client() {
    const clientConfig: ClientConfig = {
      host: this.config.host,
      port: this.config.port,
      database: this.config.database,
      user: this.config.user,
      password: this.config.password,
      ssl: this.config.ssl ? { rejectUnauthorized: false } : undefined,
    }
    const client = new Client(clientConfig)
    await client.connect()
    await client.query(`SET search_path TO "${this.config.schema || "public"}"`)
    return client
  }

  async read(query: { sql: string; bindings?: any[] }) {
    const client = await this.client()
    try {
      const result = await client.query(query.sql, query.bindings || [])
      return result.rows
    } finally {
      await client.end()
    }
  }
}
