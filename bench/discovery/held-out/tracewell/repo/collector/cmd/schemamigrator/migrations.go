package main

type Migration struct {
	ID         string
	Statements []string
}

var SyncMigrations = []Migration{
	{ID: "0001_databases", Statements: []string{
		`CREATE DATABASE IF NOT EXISTS tracewell_traces ON CLUSTER {{CLUSTER}}`,
		`CREATE DATABASE IF NOT EXISTS tracewell_metrics ON CLUSTER {{CLUSTER}}`,
		`CREATE DATABASE IF NOT EXISTS tracewell_logs ON CLUSTER {{CLUSTER}}`,
	}},
	{ID: "0002_traces_index_v3", Statements: []string{
		`CREATE TABLE IF NOT EXISTS tracewell_traces.tracewell_index_v3 ON CLUSTER {{CLUSTER}} (
			ts_bucket_start UInt64 CODEC(DoubleDelta, LZ4),
			resource_fingerprint String CODEC(ZSTD(1)),
			timestamp DateTime64(9) CODEC(DoubleDelta, LZ4),
			trace_id FixedString(32) CODEC(ZSTD(1)),
			span_id String CODEC(ZSTD(1)),
			serviceName LowCardinality(String) CODEC(ZSTD(1)),
			name LowCardinality(String) CODEC(ZSTD(1)),
			kind Int8 CODEC(T64, ZSTD(1)),
			durationNano UInt64 CODEC(T64, ZSTD(1)),
			statusCode Int16 CODEC(T64, ZSTD(1)),
			attributes_string Map(LowCardinality(String), String) CODEC(ZSTD(1))
		) ENGINE {{ENGINE_PREFIX}}MergeTree
		PARTITION BY toDate(timestamp)
		ORDER BY (ts_bucket_start, resource_fingerprint, serviceName, name, toUnixTimestamp(timestamp), trace_id)
		TTL toDateTime(timestamp) + INTERVAL 15 DAY DELETE`,
		`CREATE TABLE IF NOT EXISTS tracewell_traces.distributed_tracewell_index_v3 ON CLUSTER {{CLUSTER}}
			AS tracewell_traces.tracewell_index_v3 ENGINE = Distributed({{CLUSTER}}, tracewell_traces, tracewell_index_v3, cityHash64(trace_id))`,
	}},
	{ID: "0003_logs_v2", Statements: []string{
		`CREATE TABLE IF NOT EXISTS tracewell_logs.logs_v2 ON CLUSTER {{CLUSTER}} (
			ts_bucket_start UInt64 CODEC(DoubleDelta, LZ4),
			timestamp UInt64 CODEC(DoubleDelta, LZ4),
			id String CODEC(ZSTD(1)),
			trace_id String CODEC(ZSTD(1)),
			severity_text LowCardinality(String) CODEC(ZSTD(1)),
			body String CODEC(ZSTD(2)),
			attributes_string Map(LowCardinality(String), String) CODEC(ZSTD(1)),
			resources_string Map(LowCardinality(String), String) CODEC(ZSTD(1))
		) ENGINE {{ENGINE_PREFIX}}MergeTree
		PARTITION BY toDate(timestamp / 1000000000)
		ORDER BY (ts_bucket_start, timestamp, id)`,
		`CREATE TABLE IF NOT EXISTS tracewell_logs.distributed_logs_v2 ON CLUSTER {{CLUSTER}}
			AS tracewell_logs.logs_v2 ENGINE = Distributed({{CLUSTER}}, tracewell_logs, logs_v2, cityHash64(id))`,
	}},
	{ID: "0004_metrics_v4", Statements: []string{
		`CREATE TABLE IF NOT EXISTS tracewell_metrics.samples_v4 ON CLUSTER {{CLUSTER}} (
			env LowCardinality(String) DEFAULT 'default',
			temporality LowCardinality(String) DEFAULT 'Unspecified',
			metric_name LowCardinality(String),
			fingerprint UInt64 CODEC(Delta, ZSTD),
			unix_milli Int64 CODEC(DoubleDelta, ZSTD),
			value Float64 CODEC(Gorilla, ZSTD)
		) ENGINE {{ENGINE_PREFIX}}MergeTree
		PARTITION BY toDate(unix_milli / 1000)
		ORDER BY (env, temporality, metric_name, fingerprint, unix_milli)`,
	}},
}

var AsyncMigrations = []Migration{
	{ID: "1001_traces_ttl", Statements: []string{
		`ALTER TABLE tracewell_traces.tracewell_index_v3 ON CLUSTER {{CLUSTER}} MODIFY TTL toDateTime(timestamp) + INTERVAL 15 DAY DELETE`,
	}},
	{ID: "1002_logs_materialize_severity", Statements: []string{
		`ALTER TABLE tracewell_logs.logs_v2 ON CLUSTER {{CLUSTER}} ADD INDEX IF NOT EXISTS severity_text_idx severity_text TYPE set(25) GRANULARITY 4`,
		`ALTER TABLE tracewell_logs.logs_v2 ON CLUSTER {{CLUSTER}} MATERIALIZE INDEX severity_text_idx`,
	}},
}
