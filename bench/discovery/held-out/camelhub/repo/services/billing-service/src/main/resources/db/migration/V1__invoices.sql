CREATE SEQUENCE invoice_seq START 1000;

CREATE TABLE invoice (
    invoice_number VARCHAR(32) PRIMARY KEY,
    order_id       VARCHAR(64) NOT NULL,
    customer_id    VARCHAR(32) NOT NULL,
    total          NUMERIC(12, 2) NOT NULL,
    issued_at      TIMESTAMPTZ NOT NULL
);
