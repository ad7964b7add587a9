// Typed configuration tree for orders-service. Values come from the environment
// (docker-compose.yml / k8s/configmap.yaml) with localhost fallbacks for `start:dev`.
export default () => ({
  http: {
    port: parseInt(process.env.PORT ?? '3002', 10),
  },
  database: {
    url: process.env.DATABASE_URL ?? 'postgres://brindle:brindle@localhost:5432/brindle_orders',
  },
  rabbitmq: {
    url: process.env.RABBITMQ_URL ?? 'amqp://guest:guest@localhost:5672',
    queue: process.env.ORDERS_QUEUE ?? 'orders_queue',
  },
  nats: {
    servers: (process.env.NATS_SERVERS ?? 'nats://localhost:4222').split(','),
  },
  kafka: {
    brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(','),
    clientId: 'orders-service',
    groupId: 'orders-service-consumer',
  },
  redis: {
    host: process.env.REDIS_HOST ?? 'localhost',
    port: parseInt(process.env.REDIS_PORT ?? '6379', 10),
  },
  features: {
    autoCancelUnpaidMinutes: parseInt(process.env.AUTO_CANCEL_UNPAID_MINUTES ?? '30', 10),
  },
});
