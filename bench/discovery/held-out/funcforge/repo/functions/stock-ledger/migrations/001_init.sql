CREATE TABLE IF NOT EXISTS stock_movements (
    id          BIGSERIAL PRIMARY KEY,
    sku         TEXT        NOT NULL,
    warehouse   TEXT        NOT NULL DEFAULT 'main',
    delta       INTEGER     NOT NULL,
    reason      TEXT,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS stock_movements_sku_idx ON stock_movements (sku);
