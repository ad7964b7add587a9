process.env.AWS_REGION = 'eu-west-1';
process.env.LOYALTY_TABLE_NAME = 'nimbus-loyalty-points-test';
process.env.POWERTOOLS_TRACE_ENABLED = 'false';
process.env.POWERTOOLS_METRICS_NAMESPACE = 'NimbusAirTest';
