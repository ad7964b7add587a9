import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { Job } from 'bull';
import { MailService } from '../mail/mail.service';

interface OrderJob {
  orderId: string;
  customerId: string;
}

@Processor('notifications')
export class NotificationsProcessor {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly mail: MailService) {}

  @Process('order-confirmation')
  async orderConfirmation(job: Job<OrderJob>) {
    await this.mail.send(job.data.customerId, `Your Brindlewood order ${job.data.orderId}`, 'order-confirmation', job.data);
  }

  @Process('payment-received')
  async paymentReceived(job: Job<OrderJob>) {
    await this.mail.send(job.data.customerId, 'Payment received - thank you!', 'payment-received', job.data);
  }

  @Process('payment-failed')
  async paymentFailed(job: Job<OrderJob>) {
    await this.mail.send(job.data.customerId, 'We could not take your payment', 'payment-failed', job.data);
  }

  @Process('order-cancelled')
  async orderCancelled(job: Job<OrderJob>) {
    await this.mail.send(job.data.customerId, `Order ${job.data.orderId} cancelled`, 'order-cancelled', job.data);
  }

  @OnQueueFailed()
  onFailed(job: Job, err: Error) {
    this.logger.error(`job ${job.name}#${job.id} failed: ${err.message}`);
  }
}
