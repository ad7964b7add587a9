import { getClient as getAccountClient } from '@hcengineering/account-client'

export interface Config {
  ACCOUNTS_URL: string
  UPLOAD_URL: string
  COLLABORATOR_URL: string
  REKONI_URL: string
  STATS_URL?: string
  TITLE?: string
  DEFAULT_LANGUAGE?: string
}

let config: Config | undefined

export async function loadServerConfig (): Promise<Config> {
  const res = await fetch('/config.json', { cache: 'no-cache' })
  config = await res.json()
  return config as Config
}

export async function connectWorkspace (token: string, workspaceUrl: string): Promise<WebSocket> {
  const cfg = config ?? (await loadServerConfig())
  const login = await getAccountClient(cfg.ACCOUNTS_URL, token).selectWorkspace(workspaceUrl)
  const endpoint = (login.endpoint ?? '').split(';').pop() ?? ''
  return new WebSocket(`${endpoint}/${login.token}`)
}

export async function configurePlatform (): Promise<void> {
  const cfg = await loadServerConfig()
  document.title = cfg.TITLE ?? 'Hullgrid'
  document.documentElement.lang = cfg.DEFAULT_LANGUAGE ?? 'en'
}
