import Nano from "nano"
import PouchDB from "pouchdb"
import env from "../environment"

export const enum StaticDatabases {
  GLOBAL = "af-global-db",
  PLATFORM_INFO = "af-platform-info",
  AUDIT_LOGS = "af-audit-logs",
}

export function getCouchInfo(connection?: string) {
  const urlInfo = getUrlInfo(connection)
  let username
  let password
  if (urlInfo.auth?.username) {
    username = urlInfo.auth.username
  } else if (env.COUCH_DB_USERNAME) {
    username = env.COUCH_DB_USERNAME
  } else if (!env.isTest()) {
    throw new Error("CouchDB username not set")
  }
  if (urlInfo.auth?.password) {
    password = urlInfo.auth.password
  } else if (env.COUCH_DB_PASSWORD) {
    password = env.COUCH_DB_PASSWORD
  } else if (!env.isTest()) {
    throw new Error("CouchDB password not set")
  }
  const authCookie = Buffer.from(`${username}:${password}`).toString("base64")
  return {
    url: urlInfo.url!,
    sqlUrl: env.COUCH_DB_SQL_URL,
    auth: { username, password },
    cookie: `Basic ${authCookie}`,
  }
}

function getUrlInfo(url = env.COUCH_DB_URL) {
  let cleanUrl = url
  let username, password
  const protoParts = url.split("//")
  if (protoParts.length > 1 && protoParts[1].includes("@")) {
    const [creds, host] = protoParts[1].split("@")
    ;[username, password] = creds.split(":")
    cleanUrl = `${protoParts[0]}//${host}`
  }
  return { url: cleanUrl, auth: { username, password } }
}

let nano: Nano.ServerScope | undefined

export function getNano(): Nano.ServerScope {
  if (!nano) {
    const { url, cookie } = getCouchInfo()
    nano = Nano({
      url,
      requestDefaults: { headers: { Authorization: cookie } },
      parseUrl: false,
    })
  }
  return nano
}

export async function exists(dbName: string) {
  try {
    await getNano().db.get(dbName)
    return true
  } catch (err: any) {
    if (err.statusCode === 404) {
      return false
    }
    throw err
  }
}

export function getPouch(dbName: string) {
  const { url, auth } = getCouchInfo()
  // pouch is only used for replication (publishing dev app -> prod app)
  return new PouchDB(`${url}/${dbName}`, { auth, skip_setup: false })
}
