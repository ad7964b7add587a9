CREATE TYPE state_type AS ENUM (
    'CREATED', 'RUNNING', 'PAUSED', 'RESTARTED', 'KILLING', 'SUCCESS', 'WARNING', 'FAILED', 'KILLED', 'QUEUED'
);

CREATE TYPE queue_type AS ENUM (
    'io.taskloom.core.models.executions.Execution',
    'io.taskloom.core.models.flows.Flow',
    'io.taskloom.core.runners.WorkerTask',
    'io.taskloom.core.runners.WorkerTaskResult'
);

CREATE OR REPLACE FUNCTION FULLTEXT_SEARCH(text) RETURNS tsquery
AS $$
    SELECT plainto_tsquery('simple', $1);
$$ LANGUAGE SQL IMMUTABLE;

CREATE TABLE IF NOT EXISTS queues (
    "offset" SERIAL PRIMARY KEY,
    type queue_type NOT NULL,
    key VARCHAR(250) NOT NULL,
    value JSONB NOT NULL,
    consumer_group VARCHAR(250),
    consumer_indexer BOOLEAN DEFAULT FALSE,
    consumer_executor BOOLEAN DEFAULT FALSE,
    consumer_worker BOOLEAN DEFAULT FALSE,
    consumer_scheduler BOOLEAN DEFAULT FALSE,
    updated TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS queues_type__consumer_executor ON queues (type, consumer_executor);
CREATE INDEX IF NOT EXISTS queues_type__consumer_worker ON queues (type, consumer_worker);
CREATE INDEX IF NOT EXISTS queues_updated ON queues ("updated");

CREATE TABLE IF NOT EXISTS flows (
    key VARCHAR(250) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL,
    deleted BOOL NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'deleted' AS bool)) STORED,
    id VARCHAR(100) NOT NULL GENERATED ALWAYS AS (value ->> 'id') STORED,
    namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED,
    revision INT NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'revision' AS INTEGER)) STORED,
    fulltext TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', COALESCE(value ->> 'namespace', '')) ||
        to_tsvector('simple', COALESCE(value ->> 'id', ''))
    ) STORED,
    source_code TEXT
);

CREATE TABLE IF NOT EXISTS executions (
    key VARCHAR(250) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL,
    deleted BOOL NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'deleted' AS bool)) STORED,
    namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED,
    flow_id VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'flowId') STORED,
    state_current state_type NOT NULL GENERATED ALWAYS AS (CAST(value #>> '{state}' AS state_type)) STORED,
    start_date TIMESTAMPTZ NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'startDate' AS TIMESTAMPTZ)) STORED,
    end_date TIMESTAMPTZ GENERATED ALWAYS AS (CAST(value ->> 'endDate' AS TIMESTAMPTZ)) STORED,
    fulltext TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', COALESCE(value ->> 'namespace', '')) ||
        to_tsvector('simple', COALESCE(value ->> 'flowId', '')) ||
        to_tsvector('simple', COALESCE(value ->> 'id', ''))
    ) STORED
);

CREATE TABLE IF NOT EXISTS triggers (
    key VARCHAR(250) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL,
    namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED,
    flow_id VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'flowId') STORED,
    trigger_id VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'triggerId') STORED,
    next_execution_date TIMESTAMPTZ GENERATED ALWAYS AS (CAST(value ->> 'nextExecutionDate' AS TIMESTAMPTZ)) STORED
);

CREATE TABLE IF NOT EXISTS logs (
    key VARCHAR(30) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL,
    namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED,
    flow_id VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'flowId') STORED,
    execution_id VARCHAR(150) GENERATED ALWAYS AS (value ->> 'executionId') STORED,
    timestamp TIMESTAMPTZ NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'timestamp' AS TIMESTAMPTZ)) STORED
);

CREATE TABLE IF NOT EXISTS executor_state (
    key VARCHAR(250) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL
);
