import { Controller, Get, Inject, OnModuleDestroy, OnModuleInit, Param } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { PATTERNS, PAYMENTS_SERVICE } from '../constants';

@ApiTags('payments')
@Controller('payments')
export class PaymentsController implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(PAYMENTS_SERVICE) private readonly payments: ClientKafka) {}

  async onModuleInit() {
    // Kafka request/reply needs the reply topic subscription before connect().
    this.payments.subscribeToResponseOf(PATTERNS.PAYMENT_STATUS);
    await this.payments.connect();
  }

  async onModuleDestroy() {
    await this.payments.close();
  }

  @Get(':orderId')
  status(@Param('orderId') orderId: string) {
    return this.payments.send(PATTERNS.PAYMENT_STATUS, { key: orderId, value: { orderId } });
  }
}
