process.env.AWS_REGION = 'eu-west-1';
process.env.PAYMENT_API_BASE_URL = 'https://api.stripe.com/v1';
process.env.STRIPE_SECRET_KEY_PARAM = '/nimbus/test/payment/stripe-secret-key';
process.env.POWERTOOLS_TRACE_ENABLED = 'false';
process.env.POWERTOOLS_METRICS_NAMESPACE = 'NimbusAirTest';
process.env.POWERTOOLS_DEV = 'true';
