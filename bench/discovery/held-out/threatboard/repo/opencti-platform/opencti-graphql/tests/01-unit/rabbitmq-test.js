import { describe, expect, it } from 'vitest';
import { CONNECTOR_EXCHANGE, WORKER_EXCHANGE } from '../../src/database/rabbitmq';

describe('RabbitMQ naming', () => {
  it('uses prefixed exchanges', () => {
    expect(CONNECTOR_EXCHANGE).toMatch(/amqp.connector.exchange$/);
    expect(WORKER_EXCHANGE).toMatch(/amqp.worker.exchange$/);
  });
});
