export enum OrderStatus {
  // The order has been created, but the ticket it is trying to order has not been reserved
  Created = 'created',
  // The ticket was already reserved, the user cancelled, or the order expired
  Cancelled = 'cancelled',
  // The order has successfully reserved the ticket
  AwaitingPayment = 'awaiting:payment',
  // The order has reserved the ticket and the user has paid
  Complete = 'complete',
}
