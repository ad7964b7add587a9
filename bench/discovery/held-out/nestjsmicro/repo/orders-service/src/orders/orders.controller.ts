import { Controller, Get, Logger } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload, RmqContext } from '@nestjs/microservices';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OrdersService } from './orders.service';

@Controller()
export class OrdersController {
  private readonly logger = new Logger(OrdersController.name);

  constructor(
    private readonly orders: OrdersService,
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  // ---- RabbitMQ (from api-gateway) ----
  @MessagePattern('orders.create')
  async create(@Payload() dto: any, @Ctx() ctx: RmqContext) {
    const order = await this.orders.create(dto);
    ctx.getChannelRef().ack(ctx.getMessage());
    return order;
  }

  @MessagePattern('orders.get')
  async get(@Payload() { id }: { id: string }, @Ctx() ctx: RmqContext) {
    ctx.getChannelRef().ack(ctx.getMessage());
    return this.orders.findOne(id);
  }

  @EventPattern('orders.cancelled')
  async cancelled(@Payload() evt: { id: string }, @Ctx() ctx: RmqContext) {
    await this.orders.cancel(evt.id);
    ctx.getChannelRef().ack(ctx.getMessage());
  }

  // ---- Kafka (from payments-service) ----
  @EventPattern('payment.completed')
  async paymentCompleted(@Payload() evt: { orderId: string; paymentId: string; status: string }) {
    this.logger.log(`payment ${evt.paymentId} for order ${evt.orderId}: ${evt.status}`);
    await this.orders.markPaid(evt.orderId, evt.status === 'succeeded');
  }

  // ---- HTTP ----
  @Get('health')
  @HealthCheck()
  healthCheck() {
    return this.health.check([() => this.db.pingCheck('postgres')]);
  }
}
