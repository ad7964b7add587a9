CREATE TABLE IF NOT EXISTS scores (
    `id` String,
    `timestamp` DateTime64(3) DEFAULT now(),
    `project_id` String,
    `trace_id` String,
    `observation_id` Nullable(String),
    `name` String,
    `value` Float64,
    `source` LowCardinality(String),
    `comment` Nullable(String) CODEC(ZSTD(1)),
    `event_ts` DateTime64(3) DEFAULT now(),
    `is_deleted` UInt8 DEFAULT 0
) ENGINE = ReplacingMergeTree(event_ts, is_deleted)
PARTITION BY toYYYYMM(timestamp)
ORDER BY (project_id, toDate(timestamp), name, id);
