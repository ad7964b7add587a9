import { Controller } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { PaymentsService } from './payments.service';

@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @EventPattern('order.created')
  handleOrderCreated(@Payload() evt: { orderId: string; customerId: string; amountCents: number; currency: string }) {
    return this.payments.chargeOrder(evt);
  }

  // request/reply from api-gateway (reply goes to payments.get_status.reply)
  @MessagePattern('payments.get_status')
  getStatus(@Payload() msg: { orderId: string }) {
    return this.payments.status(msg.orderId);
  }
}
