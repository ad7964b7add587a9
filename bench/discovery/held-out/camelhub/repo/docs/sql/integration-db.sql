-- Schema for the camelhub integration database (integration-db).
CREATE TABLE IF NOT EXISTS order_audit (
    id              BIGSERIAL PRIMARY KEY,
    order_id        VARCHAR(64)  NOT NULL,
    decision        VARCHAR(16)  NOT NULL,
    reservation_id  VARCHAR(64),
    invoice_number  VARCHAR(32),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS order_audit_created_idx ON order_audit (created_at);

CREATE TABLE IF NOT EXISTS invoice_archive (
    invoice_number  VARCHAR(32)  PRIMARY KEY,
    object_key      VARCHAR(255) NOT NULL,
    archived_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
