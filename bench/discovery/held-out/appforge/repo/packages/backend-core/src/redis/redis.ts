import Redis, { Cluster } from "ioredis"
import env from "../environment"

// mock redis is only used by unit tests
const MockRedis = env.MOCK_REDIS ? require("ioredis-mock") : undefined

const RETRY_PERIOD_MS = 2000
const STARTUP_TIMEOUT_MS = 5000
const CLUSTERED = !!env.REDIS_CLUSTERED

export enum SelectableDatabase {
  DEFAULT = 0,
  SOCKET_IO = 1,
  RATE_LIMITING = 2,
  LOCKS = 3,
  SESSIONS = 4,
  USER_CACHE = 5,
  WRITE_THROUGH = 6,
  APP_METADATA = 7,
  INVITATIONS = 8,
  PW_RESET = 9,
}

export function getRedisConnectionDetails() {
  let password = env.REDIS_PASSWORD
  let url: string[] | string = env.REDIS_URL.split("//")
  // get rid of the protocol
  url = url.length > 1 ? url[1] : url[0]
  // check for a password etc
  url = url.split("@")
  if (url.length > 1) {
    password = url[0].split(":")[1]
    url = url[1]
  } else {
    url = url[0]
  }
  const [host, port] = url.split(":")
  return { host, password, port: parseInt(port) || 6379 }
}

export function getRedisOptions() {
  const { host, password, port } = getRedisConnectionDetails()
  const redisProtocolUrl = env.REDIS_URL.startsWith("redis://") ? env.REDIS_URL : undefined
  const opts: any = {
    connectTimeout: CONNECT_TIMEOUT_MS,
  }
  if (CLUSTERED) {
    opts.redisOptions = { tls: {}, password }
    opts.slotsRefreshTimeout = 2000
    opts.dnsLookup = (address: string, callback: any) => callback(null, address)
  } else {
    opts.host = host
    opts.port = port
    opts.password = password
  }
  return { opts, host, port, redisProtocolUrl }
}

const CONNECT_TIMEOUT_MS = 10000

export class RedisWrapper {
  private client: Redis | Cluster | undefined
  private readonly select: SelectableDatabase

  constructor(db: SelectableDatabase = SelectableDatabase.DEFAULT) {
    this.select = db
  }

  async init() {
    if (MockRedis) {
      this.client = new MockRedis()
      return this
    }
    const { opts, host, port, redisProtocolUrl } = getRedisOptions()
    if (CLUSTERED) {
      this.client = new Redis.Cluster([{ host, port }], opts)
    } else if (redisProtocolUrl) {
      this.client = new Redis(redisProtocolUrl)
    } else {
      this.client = new Redis(opts)
    }
    this.client.on("end", () => {
      console.warn(`Redis connection ended, retrying in ${RETRY_PERIOD_MS}ms`)
    })
    this.client.on("error", (err: Error) => {
      console.error("Redis connection error", err)
    })
    await waitForConnection(this.client)
    return this
  }

  private prefix(key: string) {
    return `${this.select}-${key}`
  }

  getClient() {
    return this.client!
  }

  async get(key: string) {
    const value = await this.client!.get(this.prefix(key))
    return value ? JSON.parse(value) : null
  }

  async store(key: string, value: any, expirySeconds?: number) {
    const str = JSON.stringify(value)
    if (expirySeconds) {
      await this.client!.set(this.prefix(key), str, "EX", expirySeconds)
    } else {
      await this.client!.set(this.prefix(key), str)
    }
  }

  async delete(key: string) {
    await this.client!.del(this.prefix(key))
  }

  async scan(pattern = "*") {
    return this.client!.keys(this.prefix(pattern))
  }

  async finish() {
    await this.client?.quit()
  }
}

function waitForConnection(client: Redis | Cluster) {
  return new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error("Redis startup timeout")), STARTUP_TIMEOUT_MS)
    client.once("ready", () => {
      clearTimeout(timeout)
      resolve()
    })
  })
}
