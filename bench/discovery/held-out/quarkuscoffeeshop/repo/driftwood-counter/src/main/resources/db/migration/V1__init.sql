CREATE TABLE orders (
    id               VARCHAR(64) PRIMARY KEY,
    order_source     VARCHAR(16) NOT NULL,
    store_id         VARCHAR(32) NOT NULL,
    loyalty_member_id VARCHAR(64),
    order_status     VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE line_items (
    id          VARCHAR(64) PRIMARY KEY,
    order_id    VARCHAR(64) NOT NULL REFERENCES orders (id),
    station     VARCHAR(16) NOT NULL,
    item        VARCHAR(32) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    price       NUMERIC(8, 2),
    status      VARCHAR(16) NOT NULL
);

-- Read by Debezium's outbox event router (see debezium/counter-outbox-connector.json)
CREATE TABLE outbox_events (
    id            UUID PRIMARY KEY,
    aggregatetype VARCHAR(255) NOT NULL,
    aggregateid   VARCHAR(255) NOT NULL,
    type          VARCHAR(255) NOT NULL,
    "timestamp"   TIMESTAMP WITH TIME ZONE NOT NULL,
    payload       TEXT
);
