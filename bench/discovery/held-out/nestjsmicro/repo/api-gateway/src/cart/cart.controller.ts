import { Body, Controller, Delete, Get, Inject, Param, Post } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { CART_SERVICE, PATTERNS } from '../constants';

@ApiTags('cart')
@Controller('cart')
export class CartController {
  constructor(@Inject(CART_SERVICE) private readonly cart: ClientProxy) {}

  @Get(':customerId')
  get(@Param('customerId') customerId: string) {
    return this.cart.send(PATTERNS.CART_GET, { customerId });
  }

  @Post(':customerId/items')
  addItem(
    @Param('customerId') customerId: string,
    @Body() body: { sku: string; quantity: number },
  ) {
    return this.cart.send(PATTERNS.CART_ADD_ITEM, { customerId, ...body });
  }

  @Delete(':customerId')
  clear(@Param('customerId') customerId: string) {
    this.cart.emit(PATTERNS.CART_CLEAR, { customerId });
    return { customerId, cleared: true };
  }
}
