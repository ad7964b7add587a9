export * from './tx'

export type Ref<T> = string & { __ref: T }
export type Timestamp = number

export interface WorkspaceIds {
  uuid: string
  url: string
  dataId?: string
}

export interface MeasureContext {
  info: (msg: string, data?: Record<string, any>) => void
  error: (msg: string, data?: Record<string, any>) => void
  with: <T>(name: string, params: Record<string, any>, op: (ctx: MeasureContext) => Promise<T>) => Promise<T>
}

export function generateId (): string {
  return Date.now().toString(16) + Math.random().toString(16).slice(2, 10)
}

export function systemAccountUuid (): string {
  return '1749089e-22e6-48de-af4e-165e18fbd2f9'
}
