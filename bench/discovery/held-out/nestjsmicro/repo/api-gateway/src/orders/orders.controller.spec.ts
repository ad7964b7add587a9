import { Test } from '@nestjs/testing';
import { of } from 'rxjs';
import { ORDERS_SERVICE, PATTERNS } from '../constants';
import { OrdersController } from './orders.controller';

describe('OrdersController', () => {
  let controller: OrdersController;
  const clientProxyMock = {
    send: jest.fn(),
    emit: jest.fn(),
    connect: jest.fn().mockResolvedValue(undefined),
    close: jest.fn(),
  };

  beforeEach(async () => {
    jest.resetAllMocks();
    const moduleRef = await Test.createTestingModule({
      controllers: [OrdersController],
      providers: [{ provide: ORDERS_SERVICE, useValue: clientProxyMock }],
    }).compile();

    controller = moduleRef.get(OrdersController);
  });

  it('sends orders.create with the dto', (done) => {
    clientProxyMock.send.mockReturnValue(of({ id: 'ord_1', status: 'PENDING' }));
    const dto = { customerId: 'c1', shippingAddressId: 'a1', lines: [{ sku: 'OAK-LAMP-01', quantity: 2 }] };

    controller.create(dto).subscribe((res) => {
      expect(clientProxyMock.send).toHaveBeenCalledWith(PATTERNS.ORDER_CREATE, dto);
      expect(res).toEqual({ id: 'ord_1', status: 'PENDING' });
      done();
    });
  });

  it('emits orders.cancelled and answers 202 immediately', () => {
    clientProxyMock.emit.mockReturnValue(of(undefined));
    const res = controller.cancel('ord_9');
    expect(clientProxyMock.emit).toHaveBeenCalledWith(
      PATTERNS.ORDER_CANCELLED,
      expect.objectContaining({ id: 'ord_9' }),
    );
    expect(res.status).toBe('CANCELLATION_REQUESTED');
  });
});
