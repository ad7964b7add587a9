import { Issuer, Client } from "openid-client"
import { db as dbCore } from "@appforge/backend-core"

/**
 * Enterprise OIDC SSO. Only initialised when SSO_OIDC_ENABLED=true and an OIDC config
 * has been stored in the global DB - neither is the case for default self-hosted installs.
 */
let client: Client | undefined

export async function init() {
  const db = dbCore.getGlobalDB()
  let config: any
  try {
    config = (await db.get<any>("config_oidc")).config
  } catch {
    return
  }
  if (!config?.configUrl) {
    return
  }
  // e.g. https://login.example-idp.com/.well-known/openid-configuration
  const issuer = await Issuer.discover(config.configUrl)
  client = new issuer.Client({
    client_id: config.clientID,
    client_secret: config.clientSecret,
    redirect_uris: [`${process.env.PLATFORM_URL}/api/global/auth/oidc/callback`],
    response_types: ["code"],
  })
}

export function getClient() {
  return client
}
