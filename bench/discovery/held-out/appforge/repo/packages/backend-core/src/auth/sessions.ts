import { v4 as uuidv4 } from "uuid"
import { getSessionClient } from "../redis/init"

const EXPIRY_SECONDS = 86400 * 7

export interface Session {
  sessionId: string
  userId: string
  tenantId: string
  createdAt: string
  lastAccessedAt: string
}

function makeSessionID(userId: string, sessionId: string) {
  return `${userId}/${sessionId}`
}

export async function createASession(userId: string, tenantId: string) {
  const client = await getSessionClient()
  const sessionId = uuidv4()
  const session: Session = {
    sessionId,
    userId,
    tenantId,
    createdAt: new Date().toISOString(),
    lastAccessedAt: new Date().toISOString(),
  }
  await client.store(makeSessionID(userId, sessionId), session, EXPIRY_SECONDS)
  return session
}

export async function getSession(userId: string, sessionId: string) {
  const client = await getSessionClient()
  return (await client.get(makeSessionID(userId, sessionId))) as Session | null
}

export async function invalidateSessions(userId: string) {
  const client = await getSessionClient()
  const keys = await client.scan(`${userId}/*`)
  await Promise.all(keys.map(k => client.delete(k.replace(/^\d+-/, ""))))
}
