export * from './client'
export type { AccountClient, WorkspaceInfoWithStatus, LoginInfo } from './client'
