import { Stan } from 'node-nats-streaming';

// early local copy of what later became @acme-tickets/common's Publisher
interface TicketCreatedData {
  id: string;
  title: string;
  price: number;
}

export class TicketCreatedPublisher {
  readonly subject = 'ticket:created';

  constructor(private client: Stan) {}

  publish(data: TicketCreatedData): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.publish(this.subject, JSON.stringify(data), (err) => {
        if (err) {
          return reject(err);
        }
        console.log('Event published to subject', this.subject);
        resolve();
      });
    });
  }
}
