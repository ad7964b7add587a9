import { MongoClient } from 'mongodb';

const url = process.env.MONGO_URL ?? 'mongodb://localhost:27017/inventory';
const client = new MongoClient(url, { maxPoolSize: 20 });

let db;
export async function getDb() {
  if (!db) {
    await client.connect();
    db = client.db();
  }
  return db;
}
