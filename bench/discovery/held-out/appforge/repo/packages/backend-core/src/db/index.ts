export * from "./couch"
export * from "./database"
export * from "./sqs"

import { getDB } from "./database"
import { StaticDatabases } from "./couch"

export function getGlobalDB() {
  return getDB(StaticDatabases.GLOBAL)
}

export function getPlatformDB() {
  return getDB(StaticDatabases.PLATFORM_INFO)
}

export function getProdAppID(appId: string) {
  return appId.replace("app_dev_", "app_")
}

export function getDevAppID(appId: string) {
  return appId.startsWith("app_dev_") ? appId : appId.replace("app_", "app_dev_")
}
