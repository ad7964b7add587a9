CREATE TABLE invoice (
    id              BIGSERIAL PRIMARY KEY,
    source_event_id UUID         NOT NULL UNIQUE,
    order_id        BIGINT       NOT NULL,
    customer_id     VARCHAR(64)  NOT NULL,
    net_amount      NUMERIC(12,2) NOT NULL,
    vat_amount      NUMERIC(12,2) NOT NULL,
    currency        CHAR(3)      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idx_invoice_customer ON invoice (customer_id);
CREATE INDEX idx_invoice_order ON invoice (order_id);
