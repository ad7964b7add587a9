import { Controller, Logger } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { ProductsService } from './products.service';

@Controller()
export class ProductsController {
  private readonly logger = new Logger(ProductsController.name);

  constructor(private readonly products: ProductsService) {}

  @MessagePattern('catalog.products.list')
  list(@Payload() q: { category?: string; page: number; limit: number }) {
    return this.products.list(q.category, q.page, q.limit);
  }

  @MessagePattern('catalog.products.get')
  get(@Payload() q: { sku: string }) {
    return this.products.findBySku(q.sku);
  }

  @MessagePattern('catalog.products.price')
  price(@Payload() q: { skus: string[] }) {
    return this.products.prices(q.skus);
  }

  @MessagePattern('catalog.stock.reserve')
  reserve(@Payload() req: { orderId: string; lines: { sku: string; quantity: number }[] }) {
    return this.products.reserve(req.orderId, req.lines);
  }

  @EventPattern('catalog.stock.release')
  async release(@Payload() req: { orderId: string; lines: { sku: string; quantity: number }[] }) {
    this.logger.log(`releasing stock held by ${req.orderId}`);
    await this.products.release(req.lines);
  }
}
