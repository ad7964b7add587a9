CREATE TABLE customers (
    id               BIGSERIAL PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    amount_available INTEGER      NOT NULL,
    amount_reserved  INTEGER      NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0
);
