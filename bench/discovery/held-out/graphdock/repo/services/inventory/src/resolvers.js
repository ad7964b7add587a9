import { getDb } from './db.js';

export const resolvers = {
  Query: {
    async stockForOrder(_, { orderId }) {
      const db = await getDb();
      const reservations = await db.collection('reservations').find({ orderId }).toArray();
      const skus = reservations.map((r) => r.sku);
      return db.collection('stock').find({ sku: { $in: skus } }).toArray();
    },
    async stockBySku(_, { sku }) {
      const db = await getDb();
      return db.collection('stock').find({ sku }).toArray();
    },
    async warehouses() {
      const db = await getDb();
      return db.collection('warehouses').find().toArray();
    },
  },
  Mutation: {
    async reserveStock(_, { orderId, sku, quantity }) {
      const db = await getDb();
      const res = await db.collection('stock').findOneAndUpdate(
        { sku, available: { $gte: quantity } },
        { $inc: { available: -quantity } },
        { returnDocument: 'after' },
      );
      if (res) await db.collection('reservations').insertOne({ orderId, sku, quantity, at: new Date() });
      return res;
    },
  },
};
