import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { ORDERS_SERVICE, PATTERNS } from '../constants';
import { CreateOrderDto } from './dto/create-order.dto';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(@Inject(ORDERS_SERVICE) private readonly ordersClient: ClientProxy) {}

  @Post()
  create(@Body() dto: CreateOrderDto): Observable<unknown> {
    // request/reply over RabbitMQ (orders_queue)
    return this.ordersClient.send(PATTERNS.ORDER_CREATE, dto);
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.ordersClient.send(PATTERNS.ORDER_GET, { id });
  }

  @Delete(':id')
  @HttpCode(202)
  cancel(@Param('id') id: string) {
    // fire-and-forget event, orders-service handles it with @EventPattern
    this.ordersClient.emit(PATTERNS.ORDER_CANCELLED, { id, cancelledAt: new Date().toISOString() });
    return { id, status: 'CANCELLATION_REQUESTED' };
  }
}
