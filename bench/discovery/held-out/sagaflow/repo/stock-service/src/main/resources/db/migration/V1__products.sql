CREATE TABLE products (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    available_items INTEGER      NOT NULL,
    reserved_items  INTEGER      NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0
);

INSERT INTO products (name, available_items)
SELECT 'product-' || g, 500 + (g * 20)
FROM generate_series(1, 10) AS g;
