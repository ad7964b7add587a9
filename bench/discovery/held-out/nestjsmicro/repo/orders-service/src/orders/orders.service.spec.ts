import { getQueueToken } from '@nestjs/bull';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { of } from 'rxjs';
import { CATALOG_SERVICE, KAFKA_PRODUCER, NOTIFICATIONS_QUEUE } from '../app.module';
import { Order, OrderStatus } from './order.entity';
import { OrdersService } from './orders.service';

describe('OrdersService', () => {
  let service: OrdersService;
  const repo = {
    create: jest.fn((o) => ({ id: 'ord_42', ...o })),
    save: jest.fn(async (o) => o),
    findOne: jest.fn(),
  };
  const catalogClient = { send: jest.fn(), emit: jest.fn() };
  const kafkaClient = { emit: jest.fn(), connect: jest.fn() };
  const queue = { add: jest.fn() };

  beforeEach(async () => {
    jest.clearAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [
        OrdersService,
        { provide: getRepositoryToken(Order), useValue: repo },
        { provide: CATALOG_SERVICE, useValue: catalogClient },
        { provide: KAFKA_PRODUCER, useValue: kafkaClient },
        { provide: getQueueToken(NOTIFICATIONS_QUEUE), useValue: queue },
      ],
    }).compile();
    service = moduleRef.get(OrdersService);
  });

  it('reserves stock, emits order.created and queues the confirmation mail', async () => {
    catalogClient.send
      .mockReturnValueOnce(of({ reserved: true }))
      .mockReturnValueOnce(of({ 'WALNUT-SHELF': { priceCents: 4900 } }));

    const res = await service.create({
      customerId: 'c1',
      shippingAddressId: 'a1',
      lines: [{ sku: 'WALNUT-SHELF', quantity: 2 }],
    });

    expect(res).toEqual({ id: 'ord_42', status: OrderStatus.RESERVED, totalCents: 9800 });
    expect(kafkaClient.emit).toHaveBeenCalledWith('order.created', expect.anything());
    expect(queue.add).toHaveBeenCalledWith('order-confirmation', expect.anything(), expect.anything());
  });

  it('rejects when stock cannot be reserved', async () => {
    catalogClient.send.mockReturnValueOnce(of({ reserved: false, reason: 'insufficient stock' }));
    const res = await service.create({ customerId: 'c1', shippingAddressId: 'a1', lines: [] });
    expect(res.status).toBe(OrderStatus.REJECTED);
    expect(kafkaClient.emit).not.toHaveBeenCalled();
  });
});
