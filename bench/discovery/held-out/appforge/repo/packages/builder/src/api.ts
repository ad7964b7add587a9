// Browser-side API client. All paths are relative; the proxy decides whether they go to
// the apps service (/api/...) or the worker (/api/global/..., /api/system/...).

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

let appId: string | undefined

export function setAppId(id: string) {
  appId = id
}

async function request<T>(method: Method, url: string, body?: any): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" }
  if (body && !(body instanceof FormData)) {
    headers["Content-Type"] = "application/json"
  }
  if (appId) {
    headers["x-appforge-app-id"] = appId
  }
  const response = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  })
  if (response.status === 401 || response.status === 403) {
    window.location.href = "/builder/auth/login"
  }
  if (!response.ok) {
    throw new Error(`${method} ${url} failed: ${response.status}`)
  }
  return response.json()
}

export const API = {
  get: <T>(url: string) => request<T>("GET", url),
  post: <T>(url: string, body?: any) => request<T>("POST", url, body),
  put: <T>(url: string, body?: any) => request<T>("PUT", url, body),
  delete: <T>(url: string, body?: any) => request<T>("DELETE", url, body),

  getApps: () => request<any[]>("GET", "/api/applications"),
  createApp: (name: string) => request<any>("POST", "/api/applications", { name }),
  publishApp: (id: string) => request<any>("POST", `/api/applications/${id}/publish`),
  logIn: (tenantId: string, username: string, password: string) =>
    request<any>("POST", `/api/global/auth/${tenantId}/login`, { username, password }),
  logOut: () => request<any>("POST", "/api/global/auth/logout"),
  getEnvironment: () => request<any>("GET", "/api/system/environment"),
  saveSmtpConfig: (config: any) => request<any>("POST", "/api/global/configs", { type: "smtp", config }),
}
