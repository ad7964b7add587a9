import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Product, ProductDocument } from './product.schema';

@Injectable()
export class ProductsService {
  constructor(@InjectModel(Product.name) private readonly model: Model<ProductDocument>) {}

  async list(category: string | undefined, page = 1, limit = 24) {
    const filter = category ? { category } : {};
    const [items, total] = await Promise.all([
      this.model.find(filter).skip((page - 1) * limit).limit(limit).lean(),
      this.model.countDocuments(filter),
    ]);
    return { items, total, page, limit };
  }

  async findBySku(sku: string) {
    const product = await this.model.findOne({ sku }).lean();
    if (!product) throw new NotFoundException(`unknown sku ${sku}`);
    return product;
  }

  async prices(skus: string[]) {
    const docs = await this.model.find({ sku: { $in: skus } }, { sku: 1, priceCents: 1, currency: 1 }).lean();
    return Object.fromEntries(docs.map((d) => [d.sku, { priceCents: d.priceCents, currency: d.currency }]));
  }

  async reserve(orderId: string, lines: { sku: string; quantity: number }[]) {
    const session = await this.model.db.startSession();
    try {
      await session.withTransaction(async () => {
        for (const line of lines) {
          const res = await this.model.updateOne(
            { sku: line.sku, stock: { $gte: line.quantity } },
            { $inc: { stock: -line.quantity } },
            { session },
          );
          if (res.modifiedCount !== 1) {
            throw new Error(`insufficient stock for ${line.sku}`);
          }
        }
      });
      return { orderId, reserved: true };
    } catch (e) {
      return { orderId, reserved: false, reason: (e as Error).message };
    } finally {
      await session.endSession();
    }
  }

  async release(lines: { sku: string; quantity: number }[]) {
    await this.model.bulkWrite(
      lines.map((l) => ({ updateOne: { filter: { sku: l.sku }, update: { $inc: { stock: l.quantity } } } })),
    );
  }
}
