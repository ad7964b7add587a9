import type { WorkspaceIds } from '@hcengineering/core'

export interface LoginInfo {
  account: string
  token: string
  endpoint?: string
}

export interface WorkspaceInfoWithStatus extends WorkspaceIds {
  name: string
  mode: 'pending-creation' | 'creating' | 'upgrading' | 'active' | 'deleted'
  versionMajor: number
  versionMinor: number
  versionPatch: number
  endpoint?: string
}

export interface AccountClient {
  getLoginInfoByToken: () => Promise<LoginInfo>
  getWorkspaceInfo: (updateLastVisit?: boolean) => Promise<WorkspaceInfoWithStatus>
  selectWorkspace: (workspaceUrl: string) => Promise<LoginInfo>
  getPendingWorkspace: (region: string, version: string, operation: string) => Promise<WorkspaceInfoWithStatus | undefined>
  updateWorkspaceInfo: (wsUuid: string, event: string, version: string, progress: number, message?: string) => Promise<void>
  listWorkspaces: (region?: string) => Promise<WorkspaceInfoWithStatus[]>
}

class AccountClientImpl implements AccountClient {
  constructor (private readonly url: string, private readonly token?: string) {
    if (url === '') throw new Error('Accounts url not specified')
  }

  private async rpc<T>(method: string, params: Record<string, any>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      keepalive: true,
      headers: {
        'Content-Type': 'application/json',
        ...(this.token !== undefined ? { Authorization: 'Bearer ' + this.token } : {})
      },
      body: JSON.stringify({ method, params })
    })
    const result = await response.json()
    if (result.error != null) {
      throw new Error(`account rpc ${method} failed: ${JSON.stringify(result.error)}`)
    }
    return result.result as T
  }

  async getLoginInfoByToken (): Promise<LoginInfo> {
    return await this.rpc('getLoginInfoByToken', {})
  }

  async getWorkspaceInfo (updateLastVisit = false): Promise<WorkspaceInfoWithStatus> {
    return await this.rpc('getWorkspaceInfo', { updateLastVisit })
  }

  async selectWorkspace (workspaceUrl: string): Promise<LoginInfo> {
    return await this.rpc('selectWorkspace', { workspaceUrl, kind: 'internal' })
  }

  async getPendingWorkspace (region: string, version: string, operation: string): Promise<WorkspaceInfoWithStatus | undefined> {
    return await this.rpc('getPendingWorkspace', { region, version, operation })
  }

  async updateWorkspaceInfo (wsUuid: string, event: string, version: string, progress: number, message?: string): Promise<void> {
    await this.rpc('updateWorkspaceInfo', { wsUuid, event, version, progress, message })
  }

  async listWorkspaces (region?: string): Promise<WorkspaceInfoWithStatus[]> {
    return await this.rpc('listWorkspaces', { region })
  }
}

export function getClient (accountsUrl: string, token?: string): AccountClient {
  return new AccountClientImpl(accountsUrl, token)
}
