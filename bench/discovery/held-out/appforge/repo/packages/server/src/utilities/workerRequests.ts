import fetch, { RequestInit } from "node-fetch"
import env from "../environment"

const enum Header {
  API_KEY = "x-appforge-api-key",
  TENANT_ID = "x-appforge-tenant-id",
}

function request(opts: RequestInit & { headers?: any } = {}, tenantId?: string) {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    [Header.API_KEY]: env.INTERNAL_API_KEY!,
    ...opts.headers,
  }
  if (tenantId) {
    headers[Header.TENANT_ID] = tenantId
  }
  return { ...opts, headers }
}

function checkSlashes(url: string) {
  return url.startsWith("/") ? url : `/${url}`
}

async function checkResponse(response: any, errorMsg: string) {
  if (response.status >= 300) {
    let error
    try {
      error = await response.json()
    } catch {
      error = await response.text()
    }
    throw new Error(`Failed to ${errorMsg} - ${JSON.stringify(error)}`)
  }
  return response.json()
}

export async function sendSmtpEmail({
  to,
  from,
  subject,
  contents,
  cc,
  bcc,
  automation,
}: {
  to: string
  from?: string
  subject: string
  contents: string
  cc?: string
  bcc?: string
  automation?: boolean
}) {
  // tenant id will be set in header
  const response = await fetch(
    checkSlashes(env.WORKER_URL + `/api/global/email/send`),
    request({
      method: "POST",
      body: JSON.stringify({
        email: to,
        from,
        contents,
        subject,
        cc,
        bcc,
        purpose: "custom",
        automation,
      }),
    })
  )
  return checkResponse(response, "send email")
}

export async function fetchGlobalSettings(type = "settings") {
  const response = await fetch(
    env.WORKER_URL + `/api/global/configs/${type}`,
    request({ method: "GET" })
  )
  return checkResponse(response, `fetch ${type} config`)
}

export async function getGlobalSelf(userId: string, tenantId?: string) {
  const response = await fetch(
    env.WORKER_URL + `/api/global/users/${encodeURIComponent(userId)}`,
    request({ method: "GET" }, tenantId)
  )
  return checkResponse(response, "get self globally")
}

export async function removeAppFromUserRoles(appId: string) {
  const response = await fetch(
    env.WORKER_URL + `/api/global/roles/${appId}`,
    request({ method: "DELETE" })
  )
  return checkResponse(response, "remove app role")
}

export async function allGlobalUsers() {
  const response = await fetch(
    env.WORKER_URL + "/api/global/users",
    request({ method: "GET" })
  )
  return checkResponse(response, "get users")
}
