import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { ClientKafka, ClientProxy } from '@nestjs/microservices';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bull';
import { firstValueFrom, timeout } from 'rxjs';
import { Repository } from 'typeorm';
import { CATALOG_SERVICE, KAFKA_PRODUCER, NOTIFICATIONS_QUEUE } from '../app.module';
import { Order, OrderStatus } from './order.entity';

@Injectable()
export class OrdersService implements OnModuleInit {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    @InjectRepository(Order) private readonly repo: Repository<Order>,
    @Inject(CATALOG_SERVICE) private readonly catalog: ClientProxy,
    @Inject(KAFKA_PRODUCER) private readonly kafka: ClientKafka,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly notifications: Queue,
  ) {}

  async onModuleInit() {
    await this.kafka.connect();
  }

  async create(dto: { customerId: string; shippingAddressId: string; lines: { sku: string; quantity: number }[] }) {
    let order = await this.repo.save(this.repo.create({ ...dto, status: OrderStatus.PENDING }));

    const reservation = await firstValueFrom(
      this.catalog
        .send<{ reserved: boolean; reason?: string }>('catalog.stock.reserve', {
          orderId: order.id,
          lines: dto.lines,
        })
        .pipe(timeout(4000)),
    );

    if (!reservation.reserved) {
      order.status = OrderStatus.REJECTED;
      await this.repo.save(order);
      return { id: order.id, status: order.status, reason: reservation.reason };
    }

    const prices = await firstValueFrom(
      this.catalog.send<Record<string, { priceCents: number }>>('catalog.products.price', {
        skus: dto.lines.map((l) => l.sku),
      }),
    );
    order.totalCents = dto.lines.reduce((sum, l) => sum + (prices[l.sku]?.priceCents ?? 0) * l.quantity, 0);
    order.status = OrderStatus.RESERVED;
    order = await this.repo.save(order);

    this.kafka.emit('order.created', {
      key: order.id,
      value: { orderId: order.id, customerId: order.customerId, amountCents: order.totalCents, currency: 'EUR' },
    });

    await this.notifications.add(
      'order-confirmation',
      { orderId: order.id, customerId: order.customerId },
      { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
    );

    return { id: order.id, status: order.status, totalCents: order.totalCents };
  }

  async findOne(id: string) {
    const order = await this.repo.findOne({ where: { id } });
    if (!order) throw new NotFoundException(`order ${id} not found`);
    return order;
  }

  async cancel(id: string) {
    const order = await this.findOne(id);
    if (order.status === OrderStatus.PAID) {
      this.logger.warn(`order ${id} already paid - refund flow required`);
      return;
    }
    order.status = OrderStatus.CANCELLED;
    await this.repo.save(order);
    this.catalog.emit('catalog.stock.release', { orderId: id, lines: order.lines });
    await this.notifications.add('order-cancelled', { orderId: id, customerId: order.customerId });
  }

  async markPaid(orderId: string, succeeded: boolean) {
    const order = await this.findOne(orderId);
    order.status = succeeded ? OrderStatus.PAID : OrderStatus.CANCELLED;
    await this.repo.save(order);
    await this.notifications.add(succeeded ? 'payment-received' : 'payment-failed', {
      orderId,
      customerId: order.customerId,
    });
  }
}
