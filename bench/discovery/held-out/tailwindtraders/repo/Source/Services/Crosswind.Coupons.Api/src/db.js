'use strict';

const { MongoClient } = require('mongodb');

// In Azure this is the Cosmos DB (Mongo API) connection string, e.g.
// mongodb://cwt-coupons:<key>@cwt-coupons.mongo.cosmos.azure.com:10255/?ssl=true&retrywrites=false
const connectionString = process.env.MONGO_CONNECTION || 'mongodb://localhost:27017/cwt-coupons';
const dbName = process.env.MONGO_DATABASE || 'cwt-coupons';

let client;

async function connect() {
  if (!client) {
    client = new MongoClient(connectionString, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
  }
  return client.db(dbName);
}

async function coupons() {
  const db = await connect();
  return db.collection('coupons');
}

async function seed() {
  const col = await coupons();
  if ((await col.countDocuments()) === 0) {
    await col.insertMany([
      { code: 'WINDY10', description: '10% off everything', discount: 10, userEmail: null },
      { code: 'TOOLS25', description: '25% off power tools', discount: 25, userEmail: null },
    ]);
  }
}

async function close() {
  if (client) {
    await client.close();
    client = undefined;
  }
}

module.exports = { connect, coupons, seed, close };
