-- Headless ksqlDB queries (loaded via KSQL_KSQL_QUERIES_FILE). Analytics only; no service reads
-- these outputs yet apart from the ops dashboard in Kibana.

CREATE STREAM orders_raw WITH (KAFKA_TOPIC = 'orders', VALUE_FORMAT = 'AVRO', KEY_FORMAT = 'KAFKA');

CREATE TABLE customers_tbl (id BIGINT PRIMARY KEY)
  WITH (KAFKA_TOPIC = 'customers', VALUE_FORMAT = 'AVRO', KEY_FORMAT = 'KAFKA');

CREATE STREAM orders_enriched WITH (KAFKA_TOPIC = 'orders-enriched', VALUE_FORMAT = 'AVRO') AS
  SELECT o.customerId AS customer_id,
         o.id AS order_id,
         o.state,
         o.product,
         o.quantity * o.price AS order_total,
         c.tier,
         c.email
  FROM orders_raw o
  LEFT JOIN customers_tbl c ON o.customerId = c.id
  EMIT CHANGES;

CREATE TABLE failed_orders_per_customer WITH (KAFKA_TOPIC = 'failed-orders-per-customer', VALUE_FORMAT = 'AVRO') AS
  SELECT customer_id, COUNT(*) AS failed_count
  FROM orders_enriched
  WINDOW TUMBLING (SIZE 1 HOUR)
  WHERE state = 'FAILED'
  GROUP BY customer_id
  EMIT CHANGES;
