CREATE TABLE IF NOT EXISTS observations (
    `id` String,
    `trace_id` String,
    `project_id` String,
    `type` LowCardinality(String),
    `parent_observation_id` Nullable(String),
    `start_time` DateTime64(3),
    `end_time` Nullable(DateTime64(3)),
    `name` String,
    `provided_model_name` Nullable(String),
    `usage_details` Map(LowCardinality(String), UInt64),
    `cost_details` Map(LowCardinality(String), Decimal64(12)),
    `input` Nullable(String) CODEC(ZSTD(3)),
    `output` Nullable(String) CODEC(ZSTD(3)),
    `event_ts` DateTime64(3),
    `is_deleted` UInt8
) ENGINE = ReplacingMergeTree(event_ts, is_deleted)
PARTITION BY toYYYYMM(start_time)
ORDER BY (project_id, type, toDate(start_time), id);
