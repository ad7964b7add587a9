// Injection tokens for the ClientProxy instances registered in ClientsModule.
export const AUTH_SERVICE = 'AUTH_SERVICE';
export const CATALOG_SERVICE = 'CATALOG_SERVICE';
export const ORDERS_SERVICE = 'ORDERS_SERVICE';
export const PAYMENTS_SERVICE = 'PAYMENTS_SERVICE';
export const CART_SERVICE = 'CART_SERVICE';
export const RECOMMENDATIONS_SERVICE = 'RECOMMENDATIONS_SERVICE';

// RabbitMQ queue consumed by orders-service.
export const ORDERS_QUEUE = 'orders_queue';

// Kafka identity of the gateway.
export const KAFKA_CLIENT_ID = 'brindle-gateway';
export const KAFKA_CONSUMER_GROUP = 'brindle-gateway-replies';

// Message patterns
export const PATTERNS = {
  AUTH_LOGIN: { cmd: 'auth.login' },
  AUTH_REGISTER: { cmd: 'auth.register' },
  AUTH_VERIFY: { cmd: 'auth.verify_token' },
  CATALOG_LIST: 'catalog.products.list',
  CATALOG_GET: 'catalog.products.get',
  ORDER_CREATE: 'orders.create',
  ORDER_GET: 'orders.get',
  ORDER_CANCELLED: 'orders.cancelled',
  PAYMENT_STATUS: 'payments.get_status',
  CART_GET: 'cart.get',
  CART_ADD_ITEM: 'cart.add_item',
  CART_CLEAR: 'cart.clear',
} as const;
