'use strict';

// Flight database. The service owns its own MongoDB; the address comes from
// MONGO_HOST / MONGO_PORT / MONGO_DBNAME like the Java services.
const { MongoClient } = require('mongodb');
const log = require('./log');

const host = process.env.MONGO_HOST || 'localhost';
const port = parseInt(process.env.MONGO_PORT || '27017', 10);
const dbName = process.env.MONGO_DBNAME || 'skyward_flight';
const user = process.env.MONGO_USER;
const password = process.env.MONGO_PASSWORD;

const credentials = user ? `${encodeURIComponent(user)}:${encodeURIComponent(password || '')}@` : '';
const url = `mongodb://${credentials}${host}:${port}/${dbName}`;

let client;
let db;

async function connect() {
  if (db) return db;
  client = new MongoClient(url, { maxPoolSize: 50, serverSelectionTimeoutMS: 5000 });
  await client.connect();
  db = client.db(dbName);
  await db.collection('flightSegment').createIndex({ originPort: 1, destPort: 1 });
  await db.collection('flight').createIndex({ flightSegmentId: 1, scheduledDepartureTime: 1 });
  log.info({ host, port, dbName }, 'connected to flight database');
  return db;
}

function collection(name) {
  if (!db) throw new Error('database not connected');
  return db.collection(name);
}

async function ping() {
  await db.command({ ping: 1 });
}

async function close() {
  if (client) await client.close();
  client = undefined;
  db = undefined;
}

module.exports = { connect, collection, ping, close };
