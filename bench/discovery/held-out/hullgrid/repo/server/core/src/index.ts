export * from './storage'
export * from './queue'
export * from './metrics'

export interface DbAdapterFactory {
  (url: string, workspace: string): Promise<unknown>
}
