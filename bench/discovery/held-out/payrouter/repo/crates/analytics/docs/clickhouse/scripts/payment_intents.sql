CREATE TABLE payment_intents_queue
(
    `payment_id` String,
    `merchant_id` String,
    `status` LowCardinality(String),
    `amount` UInt32,
    `currency` LowCardinality(Nullable(String)),
    `amount_captured` Nullable(UInt32),
    `customer_id` Nullable(String),
    `description` Nullable(String),
    `return_url` Nullable(String),
    `active_attempt_id` Nullable(String),
    `business_country` LowCardinality(String),
    `business_label` String,
    `profile_id` Nullable(String),
    `modified_at` DateTime CODEC(T64, LZ4),
    `created_at` DateTime CODEC(T64, LZ4),
    `sign_flag` Int8
) ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka0:29092',
kafka_topic_list = 'payrouter-payment-intent-events',
kafka_group_name = 'payrouter-ckh-payment-intent',
kafka_format = 'JSONEachRow',
kafka_handle_error_mode = 'stream';

CREATE TABLE payment_intents
(
    `payment_id` String,
    `merchant_id` LowCardinality(String),
    `status` LowCardinality(String),
    `amount` UInt32,
    `currency` LowCardinality(Nullable(String)),
    `amount_captured` Nullable(UInt32),
    `customer_id` Nullable(String),
    `description` Nullable(String),
    `return_url` Nullable(String),
    `active_attempt_id` Nullable(String),
    `business_country` LowCardinality(String),
    `business_label` String,
    `profile_id` Nullable(String),
    `modified_at` DateTime DEFAULT now() CODEC(T64, LZ4),
    `created_at` DateTime DEFAULT now() CODEC(T64, LZ4),
    `inserted_at` DateTime DEFAULT now() CODEC(T64, LZ4),
    `sign_flag` Int8,
    INDEX statusIndex status TYPE bloom_filter GRANULARITY 1
)
ENGINE = CollapsingMergeTree(sign_flag)
PARTITION BY toStartOfDay(created_at)
ORDER BY (created_at, merchant_id, payment_id)
TTL created_at + toIntervalMonth(18)
SETTINGS index_granularity = 8192;

CREATE MATERIALIZED VIEW payment_intents_mv TO payment_intents
(
    `payment_id` String,
    `merchant_id` String,
    `status` LowCardinality(String),
    `amount` UInt32,
    `currency` LowCardinality(Nullable(String)),
    `amount_captured` Nullable(UInt32),
    `customer_id` Nullable(String),
    `description` Nullable(String),
    `return_url` Nullable(String),
    `active_attempt_id` Nullable(String),
    `business_country` LowCardinality(String),
    `business_label` String,
    `profile_id` Nullable(String),
    `modified_at` DateTime64(3),
    `created_at` DateTime64(3),
    `inserted_at` DateTime64(3),
    `sign_flag` Int8
) AS
SELECT
    payment_id,
    merchant_id,
    status,
    amount,
    currency,
    amount_captured,
    customer_id,
    description,
    return_url,
    active_attempt_id,
    business_country,
    business_label,
    profile_id,
    modified_at,
    created_at,
    now() as inserted_at,
    sign_flag
FROM payment_intents_queue
WHERE length(_error) = 0;
