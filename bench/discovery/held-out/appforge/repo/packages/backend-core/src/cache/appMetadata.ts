import { getAppClient } from "../redis/init"
import { getDB } from "../db"

const EXPIRY_SECONDS = 3600
const AppState = { INVALID: "invalid" }

export async function getAppMetadata(appId: string) {
  const client = await getAppClient()
  let metadata = await client.get(appId)
  if (!metadata) {
    const db = getDB(appId)
    try {
      metadata = await db.get("app_metadata")
    } catch (err: any) {
      if (err.statusCode === 404) {
        metadata = { state: AppState.INVALID }
      } else {
        throw err
      }
    }
    await client.store(appId, metadata, EXPIRY_SECONDS)
  }
  return metadata
}

export async function invalidateAppMetadata(appId: string, newMetadata?: any) {
  const client = await getAppClient()
  await client.delete(appId)
  if (newMetadata) {
    await client.store(appId, newMetadata, EXPIRY_SECONDS)
  }
}
