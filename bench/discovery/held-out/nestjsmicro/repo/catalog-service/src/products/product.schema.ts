import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

export type ProductDocument = HydratedDocument<Product>;

@Schema({ collection: 'products', timestamps: true })
export class Product {
  @Prop({ required: true, unique: true, index: true })
  sku: string;

  @Prop({ required: true })
  title: string;

  @Prop()
  description: string;

  @Prop({ index: true })
  category: string;

  @Prop({ required: true })
  priceCents: number;

  @Prop({ default: 'EUR' })
  currency: string;

  @Prop({ default: 0 })
  stock: number;

  @Prop({ type: [String], default: [] })
  images: string[];
}

export const ProductSchema = SchemaFactory.createForClass(Product);
