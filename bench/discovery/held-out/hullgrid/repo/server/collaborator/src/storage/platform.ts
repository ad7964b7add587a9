import type { MeasureContext, WorkspaceIds } from '@hcengineering/core'
import { createClient, getTransactorEndpoint } from '@hcengineering/server-client'
import type { StorageAdapter } from '@hcengineering/server-core'
import * as Y from 'yjs'

function parseDocumentName (documentName: string): { objectClass: string, objectId: string, objectAttr: string, blobId: string } {
  const [objectClass, objectId, objectAttr, blobId] = documentName.split(':')
  return { objectClass, objectId, objectAttr, blobId }
}

export class PlatformStorageAdapter {
  constructor (private readonly storage: StorageAdapter) {}

  async loadDocument (ctx: MeasureContext, wsIds: WorkspaceIds, documentName: string): Promise<Y.Doc> {
    const { blobId } = parseDocumentName(documentName)
    const ydoc = new Y.Doc({ gc: false })
    const stat = await this.storage.stat(ctx, wsIds, blobId)
    if (stat !== undefined) {
      const chunks = await this.storage.read(ctx, wsIds, blobId)
      Y.applyUpdate(ydoc, new Uint8Array(Buffer.concat(chunks)))
    }
    return ydoc
  }

  async saveDocument (ctx: MeasureContext, token: string, wsIds: WorkspaceIds, documentName: string, document: Y.Doc): Promise<void> {
    const { objectClass, objectId, objectAttr } = parseDocumentName(documentName)
    const blobId = `${objectId}-${objectAttr}-${Date.now()}`
    const update = Buffer.from(Y.encodeStateAsUpdate(document))
    await this.storage.put(ctx, wsIds, blobId, update, 'application/ydoc', update.length)

    const endpoint = await getTransactorEndpoint(token, 'internal')
    const client = await createClient(endpoint, token)
    try {
      const [doc] = await client.findAll(objectClass, { _id: objectId })
      if (doc !== undefined && doc[objectAttr] !== blobId) {
        await client.updateDoc(objectClass, doc.space, objectId, { [objectAttr]: blobId })
      }
    } finally {
      await client.close()
    }
  }
}
