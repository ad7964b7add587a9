import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CheckoutService } from './checkout.service';
import { CheckoutRequest } from './models';

@Controller('checkout')
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  @Get(':customerId')
  async get(@Param('customerId') customerId: string) {
    const result = await this.checkout.get(customerId);
    if (!result) throw new NotFoundException();
    return result;
  }

  @Post(':customerId/update')
  @HttpCode(200)
  update(@Param('customerId') customerId: string, @Body() request: CheckoutRequest) {
    return this.checkout.update(customerId, request);
  }

  @Post(':customerId/submit')
  @HttpCode(200)
  submit(@Param('customerId') customerId: string) {
    return this.checkout.submit(customerId);
  }
}
