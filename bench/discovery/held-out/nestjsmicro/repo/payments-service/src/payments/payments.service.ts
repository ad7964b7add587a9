import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PAYMENT_EVENTS } from '../app.module';
import { Payment } from './payment.entity';
import { PaystreamClient } from './paystream.client';

@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectRepository(Payment) private readonly repo: Repository<Payment>,
    @Inject(PAYMENT_EVENTS) private readonly events: ClientKafka,
    private readonly paystream: PaystreamClient,
  ) {}

  async onModuleInit() {
    await this.events.connect();
  }

  async chargeOrder(evt: { orderId: string; customerId: string; amountCents: number; currency: string }) {
    const existing = await this.repo.findOne({ where: { orderId: evt.orderId } });
    if (existing && existing.status !== 'pending') {
      this.logger.warn(`duplicate order.created for ${evt.orderId}, ignoring`);
      return;
    }
    const payment = existing ?? this.repo.create({ ...evt, status: 'pending' });

    try {
      const charge = await this.paystream.charge(evt.orderId, evt.customerId, evt.amountCents, evt.currency);
      payment.providerRef = charge.id;
      payment.status = charge.status === 'succeeded' ? 'succeeded' : 'failed';
    } catch {
      payment.status = 'failed';
    }
    const saved = await this.repo.save(payment);

    this.events.emit('payment.completed', {
      key: saved.orderId,
      value: { orderId: saved.orderId, paymentId: saved.id, status: saved.status },
    });
  }

  async status(orderId: string) {
    const p = await this.repo.findOne({ where: { orderId } });
    return p ? { orderId, status: p.status, amountCents: p.amountCents } : { orderId, status: 'unknown' };
  }
}
