import type { Ref, Timestamp } from '.'

export interface Doc {
  _id: Ref<Doc>
  _class: string
  space: string
  modifiedOn: Timestamp
  modifiedBy: string
}

export interface Tx extends Doc {
  objectId: Ref<Doc>
  objectClass: string
  objectSpace: string
}

export interface TxCUD<T extends Doc> extends Tx {
  attributes?: Partial<T>
  operations?: Record<string, any>
}

export function isDocumentTx (tx: Tx): boolean {
  return tx._class === 'core:class:TxCreateDoc' || tx._class === 'core:class:TxUpdateDoc' || tx._class === 'core:class:TxRemoveDoc'
}
