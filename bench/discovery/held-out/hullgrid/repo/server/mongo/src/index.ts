import { MongoClient, type Db } from 'mongodb'

const clients = new Map<string, { client: MongoClient, refs: number }>()

export interface MongoClientReference {
  getClient: () => Promise<MongoClient>
  close: () => void
}

export function getMongoClient (uri: string): MongoClientReference {
  let entry = clients.get(uri)
  if (entry === undefined) {
    entry = {
      client: new MongoClient(uri, { retryReads: true, appName: process.env.SERVICE_NAME ?? 'hullgrid', enableUtf8Validation: false }),
      refs: 0
    }
    clients.set(uri, entry)
  }
  entry.refs++
  const ref = entry
  return {
    getClient: async () => await ref.client.connect(),
    close: () => {
      ref.refs--
      if (ref.refs === 0) {
        void ref.client.close()
        clients.delete(uri)
      }
    }
  }
}

export function getWorkspaceMongoDB (client: MongoClient, dataId: string): Db {
  return client.db(dataId)
}

export async function createMongoTxAdapter (url: string, dataId: string): Promise<{ db: Db, close: () => void }> {
  const ref = getMongoClient(url)
  const client = await ref.getClient()
  return { db: getWorkspaceMongoDB(client, dataId), close: ref.close }
}
