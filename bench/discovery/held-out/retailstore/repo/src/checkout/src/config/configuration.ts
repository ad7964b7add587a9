export interface CheckoutConfig {
  port: number;
  persistence: {
    provider: 'in-memory' | 'redis';
    redisUrl?: string;
    ttlSeconds: number;
  };
  endpoints: {
    orders?: string;
  };
  shipping: {
    namePrefix: string;
  };
}

export default (): CheckoutConfig => ({
  port: parseInt(process.env.PORT ?? '8080', 10),
  persistence: {
    provider: (process.env.RETAIL_CHECKOUT_PERSISTENCE_PROVIDER as 'redis') ?? 'in-memory',
    redisUrl: process.env.RETAIL_CHECKOUT_PERSISTENCE_REDIS_URL,
    ttlSeconds: parseInt(process.env.RETAIL_CHECKOUT_PERSISTENCE_TTL_SECONDS ?? '3600', 10),
  },
  endpoints: {
    orders: process.env.RETAIL_CHECKOUT_ENDPOINTS_ORDERS,
  },
  shipping: {
    namePrefix: process.env.RETAIL_CHECKOUT_SHIPPING_NAME_PREFIX ?? '',
  },
});
