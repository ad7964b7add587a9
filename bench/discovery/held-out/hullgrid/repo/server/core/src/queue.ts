import type { MeasureContext } from '@hcengineering/core'

export enum QueueTopic {
  Tx = 'tx',
  Workspace = 'workspace',
  Fulltext = 'fulltext'
}

export enum QueueWorkspaceEvent {
  Created = 'created',
  Upgraded = 'upgraded',
  Deleted = 'deleted',
  Restored = 'restored',
  FullReindex = 'fullReindex'
}

export interface QueueWorkspaceMessage {
  type: QueueWorkspaceEvent
}

export interface PlatformQueueProducer<T> {
  send: (workspace: string, msgs: T[]) => Promise<void>
  close: () => Promise<void>
}

export interface ConsumerHandle {
  close: () => Promise<void>
}

export interface PlatformQueue {
  getProducer: <T>(ctx: MeasureContext, topic: QueueTopic | string) => PlatformQueueProducer<T>
  createConsumer: <T>(
    ctx: MeasureContext,
    topic: QueueTopic | string,
    groupId: string,
    onMessage: (msg: Array<{ workspace: string, value: T }>) => Promise<void>
  ) => ConsumerHandle
  shutdown: () => Promise<void>
}

export function workspaceEvents (type: QueueWorkspaceEvent): QueueWorkspaceMessage {
  return { type }
}
