import { Controller } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { CartService } from './cart.service';

@Controller()
export class CartController {
  constructor(private readonly cart: CartService) {}

  @MessagePattern('cart.get')
  get(@Payload() { customerId }: { customerId: string }) {
    return this.cart.get(customerId);
  }

  @MessagePattern('cart.add_item')
  add(@Payload() p: { customerId: string; sku: string; quantity: number }) {
    return this.cart.addItem(p.customerId, p.sku, p.quantity);
  }

  @EventPattern('cart.clear')
  clear(@Payload() { customerId }: { customerId: string }) {
    return this.cart.clear(customerId);
  }
}
